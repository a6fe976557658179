package io.rpcboot.benchmarks.peers;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The chart, as hand-written SVG: one panel per operation and number of callers, a bar per row,
 * each panel scaled to its best row (only ratios within a run mean anything here), labelled with
 * calls per second.
 */
final class PeerChart {

	private static final String[] COLORS = { "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
			"#e377c2" };

	private static final int BAR = 14;

	private static final int LABEL = 110;

	private static final int WIDTH = 420;

	private PeerChart() {
	}

	static String render(List<Result> results, ZonedDateTime started) {
		Map<String, List<Result>> panels = new TreeMap<>(Comparator
			.comparingInt((String key) -> PeerReport.opOrder(key.substring(0, key.indexOf(' '))))
			.thenComparingInt((key) -> Integer.parseInt(key.substring(key.lastIndexOf(' ') + 1))));
		for (Result r : results) {
			panels.computeIfAbsent(r.op() + " x " + r.callers(), (k) -> new java.util.ArrayList<>()).add(r);
		}
		int rows = PeerDriver.ROWS.size();
		int panelHeight = 22 + rows * (BAR + 4) + 10;
		int columns = 2;
		int width = columns * (LABEL + WIDTH + 90);
		int height = 40 + ((panels.size() + columns - 1) / columns) * panelHeight;
		StringBuilder svg = new StringBuilder();
		svg.append(String.format("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
				+ "font-family=\"sans-serif\" font-size=\"11\">%n", width, height));
		svg.append(String.format("<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", width, height));
		svg.append(String.format("<text x=\"10\" y=\"22\" font-size=\"14\">rpcboot peer table, %s: calls/s, "
				+ "each panel scaled to its best row</text>%n", started.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))));
		int index = 0;
		for (Map.Entry<String, List<Result>> panel : panels.entrySet()) {
			int x = (index % columns) * (LABEL + WIDTH + 90) + 10;
			int y = 40 + (index / columns) * panelHeight;
			index++;
			double best = panel.getValue().stream().mapToDouble(Result::rate).max().orElse(1);
			svg.append(String.format("<text x=\"%d\" y=\"%d\" font-weight=\"bold\">%s callers</text>%n", x, y + 12,
					panel.getKey()));
			for (Result r : panel.getValue()) {
				int slot = PeerDriver.ROWS.indexOf(r.row());
				int barY = y + 20 + Math.max(slot, 0) * (BAR + 4);
				int length = (int) Math.round(WIDTH * r.rate() / Math.max(best, 1e-9));
				svg.append(String.format("<text x=\"%d\" y=\"%d\">%s</text>%n", x, barY + BAR - 3, r.row()));
				svg.append(String.format("<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"/>%n", x + LABEL,
						barY, Math.max(length, 1), BAR, COLORS[Math.max(slot, 0) % COLORS.length]));
				svg.append(String.format("<text x=\"%d\" y=\"%d\">%.0f%s</text>%n", x + LABEL + length + 4,
						barY + BAR - 3, r.rate(), r.errors() > 0 ? " (" + r.errors() + " errors)" : ""));
			}
		}
		svg.append("</svg>\n");
		return svg.toString();
	}

}
