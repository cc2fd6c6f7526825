package id.kanim.drivethru.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import javax.imageio.ImageIO;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Prints pages to PDF the way a supervisor's "Print → Save as PDF" does: Chromium's own print engine (the
 * DevTools {@code Page.printToPDF}), with the page size and orientation the page's CSS asks for, and
 * reads the result back with PDFBox.
 */
public final class Pdfs {

	private Pdfs() {
	}

	/**
	 * The PDF of the page now shown, in print media, with the page's own {@code @page} size. The PDF and a
	 * picture of each page are kept in {@code target/prints/} for a person to look at.
	 */
	public static Printed print(ChromeDriver browser, String name) {
		var answer = browser.executeCdpCommand("Page.printToPDF",
				Map.of("preferCSSPageSize", true, "printBackground", true));
		var bytes = Base64.getDecoder().decode((String) answer.get("data"));
		try (PDDocument document = Loader.loadPDF(bytes)) {
			var folder = Path.of("target", "prints");
			Files.createDirectories(folder);
			Files.write(folder.resolve(name + ".pdf"), bytes);
			var renderer = new PDFRenderer(document);
			for (int page = 0; page < document.getNumberOfPages(); page++) {
				ImageIO.write(renderer.renderImageWithDPI(page, 50), "png",
						folder.resolve(name + "-" + (page + 1) + ".png").toFile());
			}
			var box = document.getPage(0).getMediaBox();
			var pageTexts = new java.util.ArrayList<String>();
			for (int page = 1; page <= document.getNumberOfPages(); page++) {
				var stripper = new PDFTextStripper();
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				pageTexts.add(stripper.getText(document).replaceAll("\\s+", " "));
			}
			return new Printed(document.getNumberOfPages(), new PDFTextStripper().getText(document), box.getWidth(),
					box.getHeight(), java.util.List.copyOf(pageTexts));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A printed document: its pages, its text, and the size of its first page in points (1/72 inch; A4 is
	 * 595 × 842, A3 842 × 1191).
	 */
	public record Printed(int pages, String text, float width, float height, java.util.List<String> pageTexts) {

		public boolean landscape() {
			return width > height;
		}

		/** The text with line breaks and repeated spaces made single spaces, as words wrap differently. */
		public String flatText() {
			return text.replaceAll("\\s+", " ");
		}

	}

}
