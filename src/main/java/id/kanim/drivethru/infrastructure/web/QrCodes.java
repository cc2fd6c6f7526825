package id.kanim.drivethru.infrastructure.web;

import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * QR codes as inline SVG: sharp at any size and on paper, and no extra request on a slow phone connection.
 */
public final class QrCodes {

	private QrCodes() {
	}

	/**
	 * An SVG drawing of the text as a QR code, one path of unit squares with a four-module quiet zone.
	 * @param label the accessible name of the image
	 */
	public static String svg(String text, String label) {
		try {
			var matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
			var path = new StringBuilder();
			for (int y = 0; y < matrix.getHeight(); y++) {
				for (int x = 0; x < matrix.getWidth(); x++) {
					if (matrix.get(x, y)) {
						path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
					}
				}
			}
			return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr\" role=\"img\" viewBox=\"0 0 "
					+ matrix.getWidth() + " " + matrix.getHeight() + "\" aria-label=\"" + escape(label)
					+ "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
					+ "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("Cannot draw a QR code for this text", ex);
		}
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
	}

}
