package id.kanim.drivethru.outreach;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
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
 * <p>
 * Drawing happens in two steps: {@link #layout} places every text block, measured with the font's own
 * metrics and wrapped to its column (a word longer than the column is broken), and moves each block below
 * the one before it; {@link #png} then only paints that layout. Because the layout is an object, tests check
 * that no two blocks overlap and that every line fits its block, for any office name, instead of looking
 * at the picture. Where the text is too long for the page, the body font shrinks step by step until it fits.
 */
public final class SharePicture {

	public static final int WIDTH = 1080;

	public static final int HEIGHT = 1350;

	static final int MARGIN = 60;

	static final int GAP = 18;

	private static final int FOOTER_HEIGHT = 230;

	private static final int QR_SIZE = 380;

	private static final int COLUMN_GAP = 30;

	private static final Color BRAND = new Color(0x0b3d6e);

	private static final Color WARN = new Color(0xfff4d6);

	// Measured as they are drawn: antialiased with fractional metrics, as the Graphics2D in png() is set up.
	private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

	private SharePicture() {
	}

	/**
	 * @param title the headline
	 * @param office the office's name
	 * @param lines the steps or facts, one per line (wrapped to fit)
	 * @param url the booking page the QR code points to (also written under it)
	 */
	public static byte[] png(String title, String office, List<String> lines, String footer, String url) {
		var layout = layout(title, office, lines, footer, url);
		var image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, WIDTH, HEIGHT);
			g.setColor(BRAND);
			g.fillRect(0, 0, WIDTH, layout.headerHeight());
			g.setColor(WARN);
			g.fillRect(0, HEIGHT - FOOTER_HEIGHT, WIDTH, FOOTER_HEIGHT);
			g.setColor(new Color(0x8a5a00));
			g.setStroke(new BasicStroke(12));
			g.drawLine(6, HEIGHT - FOOTER_HEIGHT, 6, HEIGHT);
			drawQr(g, url, layout.qr());
			for (var block : layout.blocks()) {
				g.setColor(block.onBrand() ? Color.WHITE : Color.BLACK);
				g.setFont(block.font());
				var metrics = g.getFontMetrics();
				int baseline = block.bounds().y + metrics.getAscent();
				for (var line : block.lines()) {
					g.drawString(line, block.bounds().x, baseline);
					baseline += block.lineHeight();
				}
			}
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

	/** Where everything goes, measured; {@link #png} paints exactly this. */
	public static Layout layout(String title, String office, List<String> lines, String footer, String url) {
		int width = WIDTH - 2 * MARGIN;
		var blocks = new ArrayList<TextBlock>();
		// Header: the headline and the office's name, as many lines as they need; the band grows with them.
		var headline = block(title, new Font(Font.SANS_SERIF, Font.BOLD, 62), MARGIN, MARGIN - 10, width, true);
		blocks.add(headline);
		var officeName = block(office, new Font(Font.SANS_SERIF, Font.PLAIN, 36), MARGIN,
				headline.bounds().y + headline.bounds().height + GAP, width, true);
		blocks.add(officeName);
		int headerHeight = Math.max(250, officeName.bounds().y + officeName.bounds().height + 40);

		// Footer band at the bottom, its text inside it.
		var footerBlock = block(footer, new Font(Font.SANS_SERIF, Font.BOLD, 32), MARGIN,
				HEIGHT - FOOTER_HEIGHT + 40, width, false);
		int bodyTop = headerHeight + 50;
		int bodyBottom = HEIGHT - FOOTER_HEIGHT - 30;

		// Body: the steps on the left, the QR code and its address on the right.
		var qr = new Rectangle(WIDTH - MARGIN - QR_SIZE, bodyTop, QR_SIZE, QR_SIZE);
		int stepsWidth = qr.x - COLUMN_GAP - MARGIN;
		var urlBlock = block(url, new Font(Font.SANS_SERIF, Font.PLAIN, 22), qr.x, qr.y + qr.height + GAP, QR_SIZE,
				false);
		List<TextBlock> steps = List.of();
		for (int size = 34; size >= 18; size -= 2) {
			steps = new ArrayList<>();
			int y = bodyTop;
			for (int i = 0; i < lines.size(); i++) {
				var step = block((i + 1) + ". " + lines.get(i), new Font(Font.SANS_SERIF, Font.PLAIN, size), MARGIN, y,
						stepsWidth, false);
				steps.add(step);
				y = step.bounds().y + step.bounds().height + GAP;
			}
			if (y - GAP <= bodyBottom) {
				break;
			}
		}
		blocks.addAll(steps);
		blocks.add(urlBlock);
		blocks.add(footerBlock);
		return new Layout(headerHeight, qr, List.copyOf(blocks));
	}

	private static TextBlock block(String text, Font font, int x, int y, int width, boolean onBrand) {
		var lines = wrap(text, font, width);
		int lineHeight = (int) Math.ceil(font.getLineMetrics("Hg", CONTEXT).getHeight());
		return new TextBlock(lines, font, new Rectangle(x, y, width, lineHeight * lines.size()), lineHeight, onBrand);
	}

	/**
	 * Breaks the text into lines no wider than the width, by words; a single word wider than the width (a
	 * long address) is broken by characters.
	 */
	static List<String> wrap(String text, Font font, int width) {
		var lines = new ArrayList<String>();
		var line = new StringBuilder();
		for (var word : text.strip().split("\\s+")) {
			var candidate = line.isEmpty() ? word : line + " " + word;
			if (width(candidate, font) <= width) {
				line = new StringBuilder(candidate);
				continue;
			}
			if (!line.isEmpty()) {
				lines.add(line.toString());
				line = new StringBuilder();
			}
			var rest = word;
			while (width(rest, font) > width) {
				int cut = rest.length() - 1;
				while (cut > 1 && width(rest.substring(0, cut), font) > width) {
					cut--;
				}
				lines.add(rest.substring(0, cut));
				rest = rest.substring(cut);
			}
			line.append(rest);
		}
		if (!line.isEmpty()) {
			lines.add(line.toString());
		}
		return lines;
	}

	/** The advance width of the text in the font, in pixels, as drawn. */
	static double width(String text, Font font) {
		return font.getStringBounds(text, CONTEXT).getWidth();
	}

	private static void drawQr(Graphics2D g, String url, Rectangle box) {
		try {
			var matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
			int module = box.width / matrix.getWidth();
			int offset = (box.width - module * matrix.getWidth()) / 2;
			g.setColor(Color.WHITE);
			g.fillRect(box.x, box.y, box.width, box.height);
			g.setColor(Color.BLACK);
			for (int my = 0; my < matrix.getHeight(); my++) {
				for (int mx = 0; mx < matrix.getWidth(); mx++) {
					if (matrix.get(mx, my)) {
						g.fillRect(box.x + offset + mx * module, box.y + offset + my * module, module, module);
					}
				}
			}
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("Cannot draw a QR code for " + url, ex);
		}
	}

	/** The whole picture: the height of the coloured header, the QR code's square, every text block. */
	public record Layout(int headerHeight, Rectangle qr, List<TextBlock> blocks) {
	}

	/**
	 * Lines of text in one font, top-left at {@code bounds.x, bounds.y}; {@code bounds} is as wide as the
	 * column and as high as the lines.
	 */
	public record TextBlock(List<String> lines, Font font, Rectangle bounds, int lineHeight, boolean onBrand) {

		/** The widest line, measured with the font's metrics. */
		public double widestLine() {
			return lines.stream().mapToDouble(l -> width(l, font)).max().orElse(0);
		}

	}

}
