package id.kanim.drivethru.outreach;

import java.awt.Rectangle;
import java.io.ByteArrayInputStream;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shareable picture's layout, checked on the layout objects rather than by eye: no two text blocks
 * overlap each other or the QR code, every line fits its block by the font's own metrics, everything is on
 * the picture and off the coloured bands it does not belong to; for short and very long office names.
 */
class SharePictureLayoutTest {

	static final List<String> STEPS = List.of(
			"Ajukan permohonan paspor (misalnya lewat aplikasi M-Paspor), datang wawancara dan foto, lalu bayar.",
			"Tunggu paspor selesai, biasanya 3 sampai 4 hari kerja setelah pembayaran.",
			"Pesan jadwal drive-thru di situs ini: pilih kantor, hari, dan jam. Simpan kode booking Anda.",
			"Datang ke loket drive-thru pada jam yang dipilih dengan dokumen lengkap.");

	static final String FOOTER = "Wajib pesan jadwal dulu. Tanpa booking Anda tidak bisa dilayani di loket drive-thru.";

	@ParameterizedTest
	@ValueSource(strings = { "Kantor Imigrasi Kelas I TPI Jambi",
			"Kantor Imigrasi Kelas I Tempat Pemeriksaan Imigrasi Khusus Non Tempat Pemeriksaan Imigrasi Soekarno-Hatta Tangerang Banten",
			"KantorImigrasiKelasITPIJambiDenganNamaTanpaSpasiYangSangatPanjangSekali" })
	void noTextOverlapsAndEveryLineFits(String office) {
		var layout = SharePicture.layout("Ambil paspor tanpa turun dari kendaraan", office, STEPS, FOOTER,
				"https://drivethru.imigrasi.go.id/kantor/jambi-dengan-alamat-panjang");

		var picture = new Rectangle(0, 0, SharePicture.WIDTH, SharePicture.HEIGHT);
		var boxes = layout.blocks();
		for (int i = 0; i < boxes.size(); i++) {
			var box = boxes.get(i);
			assertThat(picture.contains(box.bounds())).as("block %s inside the picture", box.lines()).isTrue();
			assertThat(box.widestLine()).as("widest line of %s", box.lines()).isLessThanOrEqualTo(box.bounds().width);
			assertThat(box.bounds().intersects(layout.qr())).as("block %s and the QR code", box.lines()).isFalse();
			for (int j = i + 1; j < boxes.size(); j++) {
				assertThat(box.bounds().intersects(boxes.get(j).bounds()))
					.as("%s overlaps %s", box.lines(), boxes.get(j).lines()).isFalse();
			}
			if (box.onBrand()) {
				assertThat(box.bounds().y + box.bounds().height).as("header text inside the header band")
					.isLessThanOrEqualTo(layout.headerHeight());
			}
			else {
				assertThat(box.bounds().y).as("body text below the header band").isGreaterThanOrEqualTo(layout.headerHeight());
			}
		}
		assertThat(picture.contains(layout.qr())).isTrue();
		// Every word of the office's name is on the picture, however long.
		var officeText = String.join("", boxes.get(1).lines()).replace(" ", "");
		assertThat(officeText).isEqualTo(office.replace(" ", ""));
	}

	@Test
	void aVeryLongWordIsBrokenToFitItsColumn() {
		var font = new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 36);
		var lines = SharePicture.wrap("Kantor " + "X".repeat(200), font, 400);

		assertThat(lines).hasSizeGreaterThan(2);
		assertThat(lines).allSatisfy(line -> assertThat(SharePicture.width(line, font)).isLessThanOrEqualTo(400));
	}

	@Test
	void paintsThePictureAtItsSize() throws Exception {
		var png = SharePicture.png("Ambil paspor", "Kantor Imigrasi Kelas I TPI Jambi", STEPS, FOOTER,
				"http://localhost/kantor/jambi");

		var image = ImageIO.read(new ByteArrayInputStream(png));
		assertThat(image.getWidth()).isEqualTo(SharePicture.WIDTH);
		assertThat(image.getHeight()).isEqualTo(SharePicture.HEIGHT);
	}

}
