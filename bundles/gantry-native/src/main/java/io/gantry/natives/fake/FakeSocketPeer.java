package io.gantry.natives.fake;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The far end of one in-memory SOCK_SEQPACKET connection of {@link RecordingSyscalls}: a test sends packets
 * to the client with {@link #send}, ends the connection with {@link #hangUp} and sees what the client wrote.
 * It shares the monitor of its {@link RecordingSyscalls}, on which blocked reads wait.
 */
public final class FakeSocketPeer {
    private final Object lock;
    private final Deque<byte[]> toClient = new ArrayDeque<>();
    private final List<byte[]> fromClient = new ArrayList<>();
    private boolean hungUp;
    private boolean clientWriteShut;
    private boolean clientReadShut;
    private boolean clientClosed;

    FakeSocketPeer(Object lock) {
        this.lock = lock;
    }

    /** Queues one packet for the client's next read. */
    public void send(byte[] packet) {
        synchronized (lock) {
            toClient.add(packet.clone());
            lock.notifyAll();
        }
    }

    /** Closes this end: once the queued packets are read, the client reads end of file. */
    public void hangUp() {
        synchronized (lock) {
            hungUp = true;
            lock.notifyAll();
        }
    }

    /** The packets the client wrote, oldest first. */
    public List<byte[]> received() {
        synchronized (lock) {
            return fromClient.stream().map(byte[]::clone).toList();
        }
    }

    /** Whether the client shut down its writing side (SHUT_WR or SHUT_RDWR) or closed the socket. */
    public boolean clientStoppedWriting() {
        synchronized (lock) {
            return clientWriteShut || clientClosed;
        }
    }

    public boolean clientClosed() {
        synchronized (lock) {
            return clientClosed;
        }
    }

    /** Blocks for the next packet; null at end of file. Called with the lock held. */
    byte[] nextPacket() throws InterruptedException {
        while (toClient.isEmpty() && !hungUp && !clientReadShut && !clientClosed) {
            lock.wait();
        }
        return clientReadShut || clientClosed ? null : toClient.poll();
    }

    /** Called with the lock held; false if the client may no longer write. */
    boolean accept(byte[] packet) {
        if (clientWriteShut || clientClosed || hungUp) {
            return false;
        }
        fromClient.add(packet);
        return true;
    }

    /** Called with the lock held. */
    void clientShutdown(boolean read, boolean write) {
        clientReadShut |= read;
        clientWriteShut |= write;
        lock.notifyAll();
    }

    /** Called with the lock held. */
    void clientClose() {
        clientClosed = true;
        lock.notifyAll();
    }
}
