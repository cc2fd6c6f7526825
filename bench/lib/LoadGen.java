import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Two measurements wrk cannot make, for bench/run.sh. Plain HTTP/1.1 over keep-alive sockets (one thread each)
 * so that the load generator costs little CPU on a machine it shares with the app and the database. Prints one
 * line "BENCH_JSON {...}".
 *
 * <pre>
 * burst BASE_URL OFFICE DATE SLOTS N TAG                        N attempts released at the same instant
 * open  BASE_URL OFFICES DATES SLOTS RATE SECONDS CONNECTIONS TAG   fixed arrival rate (open loop)
 * </pre>
 *
 * Open loop (as wrk2 does it): request i is due at start + i / RATE whatever happened to earlier requests;
 * each connection takes every CONNECTIONS-th request, and latency is measured from the due time, so time spent
 * waiting for a busy connection counts. A closed-loop tool such as wrk only sends when an answer has come back
 * and so hides queueing delay ("coordinated omission").
 */
public class LoadGen {

	public static void main(String[] args) throws Exception {
		switch (args[0]) {
			case "burst" -> burst(URI.create(args[1]), args[2], args[3], args[4].split(","), Integer.parseInt(args[5]),
					args[6]);
			case "open" -> open(URI.create(args[1]), args[2].split(","), args[3].split(","), args[4].split(","),
					Double.parseDouble(args[5]), Integer.parseInt(args[6]), Integer.parseInt(args[7]), args[8]);
			default -> throw new IllegalArgumentException(args[0]);
		}
	}

	static byte[] booking(URI base, String office, String date, String slot, String applicationNumber) {
		var body = """
				{"applicationNumber":"%s","fullName":"Siti Nurhaliza","phone":"081234567890",\
				"email":"siti@example.id","vehicleType":"CAR","plateNumber":"BH 1234 XY","date":"%s","slotStart":"%s","privacyConsent":true}"""
			.formatted(applicationNumber, date, slot);
		var bodyBytes = body.getBytes(StandardCharsets.UTF_8);
		var head = "POST /api/v1/offices/" + office + "/bookings HTTP/1.1\r\nHost: " + base.getHost() + ":"
				+ base.getPort() + "\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: "
				+ bodyBytes.length + "\r\n\r\n";
		var headBytes = head.getBytes(StandardCharsets.US_ASCII);
		var request = Arrays.copyOf(headBytes, headBytes.length + bodyBytes.length);
		System.arraycopy(bodyBytes, 0, request, headBytes.length, bodyBytes.length);
		return request;
	}

	/** One keep-alive HTTP/1.1 connection. */
	static final class Connection implements AutoCloseable {

		final URI base;

		Socket socket;

		InputStream in;

		OutputStream out;

		Connection(URI base) throws IOException {
			this.base = base;
			open();
		}

		void open() throws IOException {
			socket = new Socket();
			socket.setTcpNoDelay(true);
			socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 10_000);
			socket.setSoTimeout(30_000);
			in = new BufferedInputStream(socket.getInputStream(), 16384);
			out = socket.getOutputStream();
		}

		/** Sends the request and reads the answer; returns the status and, for a problem, its type. */
		String exchange(byte[] request) throws IOException {
			out.write(request);
			out.flush();
			var statusLine = line();
			int status = Integer.parseInt(statusLine.substring(9, 12));
			int length = -1;
			boolean chunked = false;
			boolean close = false;
			for (String header = line(); !header.isEmpty(); header = line()) {
				var lower = header.toLowerCase();
				if (lower.startsWith("content-length:")) {
					length = Integer.parseInt(lower.substring(15).trim());
				}
				else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
					chunked = true;
				}
				else if (lower.startsWith("connection:") && lower.contains("close")) {
					close = true;
				}
			}
			var body = new StringBuilder();
			if (chunked) {
				for (int size = Integer.parseInt(line().trim(), 16); size > 0; size = Integer.parseInt(line().trim(), 16)) {
					body.append(new String(in.readNBytes(size), StandardCharsets.UTF_8));
					line();
				}
				line();
			}
			else if (length > 0) {
				body.append(new String(in.readNBytes(length), StandardCharsets.UTF_8));
			}
			if (close) {
				close();
				open();
			}
			return status + problemType(body.toString());
		}

		private String line() throws IOException {
			var sb = new StringBuilder();
			for (int c = in.read(); c != '\n'; c = in.read()) {
				if (c < 0) {
					throw new IOException("connection closed");
				}
				if (c != '\r') {
					sb.append((char) c);
				}
			}
			return sb.toString();
		}

		@Override
		public void close() throws IOException {
			socket.close();
		}

	}

	static String problemType(String body) {
		int at = body.indexOf("/problems/");
		if (at < 0) {
			return "";
		}
		return " " + body.substring(at + "/problems/".length(), body.indexOf('"', at));
	}

	/** Each attempt has its own connection, opened beforehand; all wait on one latch, then send. */
	static void burst(URI base, String office, String date, String[] slots, int n, String tag) throws Exception {
		var ready = new CountDownLatch(n);
		var go = new CountDownLatch(1);
		var done = new CountDownLatch(n);
		var statuses = new ConcurrentHashMap<String, AtomicInteger>();
		var lastAnswer = new AtomicLong();
		var latencies = new long[n];
		var start = new AtomicLong();
		for (int i = 0; i < n; i++) {
			int index = i;
			var request = booking(base, office, date, slots[i % slots.length], tag + "N" + i);
			new Thread(() -> {
				String outcome;
				try (var connection = new Connection(base)) {
					ready.countDown();
					go.await();
					outcome = connection.exchange(request);
					long end = System.nanoTime();
					latencies[index] = end - start.get();
					lastAnswer.accumulateAndGet(end, Math::max);
				}
				catch (Exception ex) {
					ready.countDown();
					outcome = "error " + ex.getClass().getSimpleName();
				}
				statuses.computeIfAbsent(outcome, k -> new AtomicInteger()).incrementAndGet();
				done.countDown();
			}).start();
		}
		// Every connection is open; a thread that has counted down but not yet parked on "go" goes straight
		// through it, so the clock can start now.
		ready.await();
		start.set(System.nanoTime());
		go.countDown();
		done.await();
		Arrays.sort(latencies);
		System.out.printf("BENCH_JSON {\"attempts\":%d,\"requests\":%d,\"all_answered_ms\":%.1f,\"p50_ms\":%.1f,\"max_ms\":%.1f,"
				+ "\"statuses\":%s}%n", n, n, (lastAnswer.get() - start.get()) / 1e6, latencies[n / 2] / 1e6,
				latencies[n - 1] / 1e6, json(statuses));
	}

	static void open(URI base, String[] offices, String[] dates, String[] slots, double rate, int seconds,
			int connections, String tag) throws Exception {
		int total = (int) Math.round(rate * seconds);
		var latencies = new long[total];
		var statuses = new ConcurrentHashMap<String, AtomicInteger>();
		double intervalNanos = 1e9 / rate;
		long start = System.nanoTime() + 200_000_000;
		var threads = new Thread[connections];
		for (int c = 0; c < connections; c++) {
			int first = c;
			var connection = new Connection(base);
			threads[c] = new Thread(() -> {
				var random = ThreadLocalRandom.current();
				for (int i = first; i < total; i += connections) {
					long due = start + (long) (i * intervalNanos);
					long wait = due - System.nanoTime();
					if (wait > 0) {
						LockSupport.parkNanos(wait);
					}
					var request = booking(base, offices[random.nextInt(offices.length)],
							dates[random.nextInt(dates.length)], slots[random.nextInt(slots.length)], tag + "N" + i);
					String outcome;
					try {
						outcome = connection.exchange(request);
					}
					catch (Exception ex) {
						outcome = "error " + ex.getClass().getSimpleName();
						try {
							connection.close();
							connection.open();
						}
						catch (IOException ignored) {
						}
					}
					latencies[i] = System.nanoTime() - due;
					statuses.computeIfAbsent(outcome.split(" ")[0], k -> new AtomicInteger()).incrementAndGet();
				}
			});
			threads[c].start();
		}
		for (var thread : threads) {
			thread.join();
		}
		double elapsed = (System.nanoTime() - start) / 1e9;
		Arrays.sort(latencies);
		System.out.printf("BENCH_JSON {\"target_rate\":%.1f,\"requests\":%d,\"seconds\":%.3f,\"rate\":%.1f,"
				+ "\"connections\":%d,\"p50_ms\":%.2f,\"p95_ms\":%.2f,\"p99_ms\":%.2f,\"max_ms\":%.2f,\"statuses\":%s}%n",
				rate, total, elapsed, total / elapsed, connections, pct(latencies, 50), pct(latencies, 95),
				pct(latencies, 99), latencies[total - 1] / 1e6, json(statuses));
	}

	static double pct(long[] sorted, double p) {
		return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1)] / 1e6;
	}

	static String json(Map<String, AtomicInteger> counts) {
		var sb = new StringBuilder("{");
		new TreeMap<>(counts).forEach((k, v) -> sb.append(sb.length() > 1 ? "," : "").append('"').append(k)
			.append("\":").append(v.get()));
		return sb.append('}').toString();
	}

}
