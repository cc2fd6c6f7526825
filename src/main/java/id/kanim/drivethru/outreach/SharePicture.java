package id.kanim.drivethru.outreach;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * The poster as a picture (PNG, 1080 × 1350, the portrait size social media show whole), drawn on the
 * server with Java2D so that it needs no browser and looks the same everywhere. The QR code links to the
 * office's booking page.
 */
public final class SharePicture {

	public static final int WIDTH = 1080;

	public static final int HEIGHT = 1350;

	private static final Color BRAND = new Color(0x0b3d6e);

	private static final Color WARN = new Color(0xfff4d6);

	private SharePicture() {
	}

	/**
	 * @param title the headline
	 * @param office the office's name
	 * @param lines the steps or facts, one per line (wrapped to fit)
	 * @param url the booking page the QR code points to (also written under it)
	 */
	public static byte[] png(String title, String office, List<String> lines, String footer, String url) {
		var image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, WIDTH, HEIGHT);
			g.setColor(BRAND);
			g.fillRect(0, 0, WIDTH, 250);
			g.setColor(Color.WHITE);
			int y = write(g, title, new Font(Font.SANS_SERIF, Font.BOLD, 62), 60, 105, WIDTH - 120, 72);
			write(g, office, new Font(Font.SANS_SERIF, Font.PLAIN, 36), 60, Math.max(y + 10, 205), WIDTH - 120, 44);
			g.setColor(Color.BLACK);
			y = 320;
			var body = new Font(Font.SANS_SERIF, Font.PLAIN, 34);
			for (int i = 0; i < lines.size(); i++) {
				y = write(g, (i + 1) + ". " + lines.get(i), body, 60, y, 560, 44) + 18;
			}
			drawQr(g, url, 650, 300, 380);
			g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 22));
			write(g, url, g.getFont(), 650, 710, 380, 28);
			g.setColor(WARN);
			g.fillRect(0, HEIGHT - 230, WIDTH, 230);
			g.setColor(new Color(0x8a5a00));
			g.setStroke(new BasicStroke(12));
			g.drawLine(6, HEIGHT - 230, 6, HEIGHT);
			g.setColor(Color.BLACK);
			write(g, footer, new Font(Font.SANS_SERIF, Font.BOLD, 32), 60, HEIGHT - 170, WIDTH - 120, 42);
		}
		finally {
			g.dispose();
		}
		try (var out = new ByteArrayOutputStream()) {
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void drawQr(Graphics2D g, String url, int x, int y, int size) {
		try {
			var matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
			int module = size / matrix.getWidth();
			int offset = (size - module * matrix.getWidth()) / 2;
			g.setColor(Color.WHITE);
			g.fillRect(x, y, size, size);
			g.setColor(Color.BLACK);
			for (int my = 0; my < matrix.getHeight(); my++) {
				for (int mx = 0; mx < matrix.getWidth(); mx++) {
					if (matrix.get(mx, my)) {
						g.fillRect(x + offset + mx * module, y + offset + my * module, module, module);
					}
				}
			}
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("Cannot draw a QR code for " + url, ex);
		}
	}

	/** Writes the text word-wrapped to the width; returns the baseline of the last line. */
	private static int write(Graphics2D g, String text, Font font, int x, int y, int width, int lineHeight) {
		g.setFont(font);
		FontMetrics metrics = g.getFontMetrics();
		var lines = new ArrayList<String>();
		var line = new StringBuilder();
		for (var word : text.split("\\s+")) {
			var candidate = line.isEmpty() ? word : line + " " + word;
			if (metrics.stringWidth(candidate) > width && !line.isEmpty()) {
				lines.add(line.toString());
				line = new StringBuilder(word);
			}
			else {
				line = new StringBuilder(candidate);
			}
		}
		lines.add(line.toString());
		int baseline = y;
		for (int i = 0; i < lines.size(); i++) {
			baseline = y + i * lineHeight;
			g.drawString(lines.get(i), x, baseline);
		}
		return baseline;
	}

}
