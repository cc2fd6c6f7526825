package id.kanim.drivethru.support;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ports for servers that a test stops and starts again on the same port (a mail server brought back, an app
 * or its database restarted after a kill). A port the system hands out ({@code new ServerSocket(0)}) comes from
 * the ephemeral range, from which it also takes the local port of every outgoing connection: once the test
 * has let it go, a connection of the busy suite could take it and the restart fail with "Address already in
 * use". These ports come from below that range (Linux: 32768 and up), where the system never picks one.
 */
public final class Ports {

	private static final int FIRST = 20_000;

	private static final int LAST = 32_000;

	private Ports() {
	}

	/** A port free now on 127.0.0.1 and never given to an outgoing connection. */
	public static int reusable() {
		for (int tries = 0; tries < 200; tries++) {
			int port = ThreadLocalRandom.current().nextInt(FIRST, LAST);
			try (var socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
				return port;
			}
			catch (IOException taken) {
				// try another
			}
		}
		throw new IllegalStateException("no free port between " + FIRST + " and " + LAST);
	}

}
