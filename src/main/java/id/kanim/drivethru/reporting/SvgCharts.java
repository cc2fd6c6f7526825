package id.kanim.drivethru.reporting;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Small bar charts drawn on the server as SVG: no JavaScript, no CDN, crisp when printed. Each chart has
 * an accessible name; the table beside it carries the same numbers for screen readers.
 */
public final class SvgCharts {

	private static final int WIDTH = 720;

	private static final int HEIGHT = 220;

	private static final int LEFT = 48;

	private static final int BOTTOM = 30;

	private SvgCharts() {
	}

	/** Bars of the first series with a line-like marker of the second (e.g. booked against quota). */
	public static String barsWithLimit(List<DayReport> days, ToDoubleFunction<DayReport> bars, ToDoubleFunction<DayReport> limit,
			String label, String barClass) {
		double max = 1;
		for (var day : days) {
			max = Math.max(max, Math.max(bars.applyAsDouble(day), limit == null ? 0 : limit.applyAsDouble(day)));
		}
		var svg = new StringBuilder();
		open(svg, label);
		axis(svg, max);
		if (days.isEmpty()) {
			return close(svg);
		}
		double slot = (WIDTH - LEFT - 10) / (double) days.size();
		double barWidth = Math.max(2, slot * 0.7);
		for (int i = 0; i < days.size(); i++) {
			var day = days.get(i);
			double x = LEFT + i * slot + (slot - barWidth) / 2;
			double h = scale(bars.applyAsDouble(day), max);
			svg.append(String.format(Locale.ROOT,
					"<rect class=\"%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"><title>%s: %s</title></rect>",
					barClass, x, HEIGHT - BOTTOM - h, barWidth, h, day.date(), format(bars.applyAsDouble(day))));
			if (limit != null) {
				double y = HEIGHT - BOTTOM - scale(limit.applyAsDouble(day), max);
				svg.append(String.format(Locale.ROOT,
						"<line class=\"limit\" x1=\"%.1f\" x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\"/>", x - 1, x + barWidth + 1, y, y));
			}
			if (days.size() <= 31 && (days.size() <= 10 || i % 5 == 0)) {
				svg.append(String.format(Locale.ROOT, "<text class=\"tick\" x=\"%.1f\" y=\"%d\">%d</text>",
						x + barWidth / 2, HEIGHT - 10, day.date().getDayOfMonth()));
			}
		}
		return close(svg);
	}

	private static void open(StringBuilder svg, String label) {
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
			.append(WIDTH).append(' ').append(HEIGHT).append("\" aria-label=\"").append(escape(label)).append("\">");
	}

	private static void axis(StringBuilder svg, double max) {
		svg.append(String.format(Locale.ROOT, "<line class=\"axis\" x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\"/>", LEFT,
				WIDTH - 5, HEIGHT - BOTTOM, HEIGHT - BOTTOM));
		svg.append(String.format(Locale.ROOT, "<text class=\"tick\" x=\"%d\" y=\"%d\">%s</text>", LEFT - 6, 14,
				format(max)));
		svg.append(String.format(Locale.ROOT, "<text class=\"tick\" x=\"%d\" y=\"%d\">0</text>", LEFT - 6,
				HEIGHT - BOTTOM));
	}

	private static String close(StringBuilder svg) {
		return svg.append("</svg>").toString();
	}

	private static double scale(double value, double max) {
		return (HEIGHT - BOTTOM - 20) * value / max;
	}

	private static String format(double value) {
		return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
	}

}
