// Raw TCP clients for the HTTP layer's tests: bytes no HTTP client would
// send, connections held open on purpose, and clients on other loopback
// addresses (127.0.0.2, ...) so per-client limits can be told apart.
import net from 'node:net';

/**
 * Opens a connection. Resolves, once connected, { sock, received(), closed,
 * isClosed() }: received() is the text read so far (latin1), closed a promise
 * that settles when the server ends the connection (or it fails).
 */
export function connect(port, { host = '127.0.0.1', localAddress } = {}) {
  return new Promise((resolve, reject) => {
    const sock = net.connect({ port, host, localAddress });
    const chunks = [];
    let done = false;
    let markClosed;
    const closed = new Promise((r) => { markClosed = r; });
    const end = () => { done = true; markClosed(); };
    sock.on('data', (d) => chunks.push(d));
    sock.on('end', end);
    sock.on('close', end);
    sock.on('error', (e) => {
      end();
      if (!sock.connecting && !done) return;
      reject(e);
    });
    sock.once('connect', () => resolve({
      sock,
      closed,
      isClosed: () => done,
      received: () => Buffer.concat(chunks).toString('latin1'),
    }));
  });
}

/**
 * Writes bytes in one piece and reads until the server closes the
 * connection or timeout ms pass. Resolves { text, closed }.
 */
export async function exchange(port, bytes, { timeout = 4000, localAddress } = {}) {
  const c = await connect(port, { localAddress });
  c.sock.write(bytes);
  let timer;
  const closed = await Promise.race([
    c.closed.then(() => true),
    new Promise((r) => { timer = setTimeout(() => r(false), timeout); }),
  ]);
  clearTimeout(timer);
  c.sock.destroy();
  return { text: c.received(), closed };
}

/** Status codes of every response in a raw byte stream, in order. */
export const statuses = (text) => [...text.matchAll(/HTTP\/1\.[01] (\d{3}) /g)].map((m) => Number(m[1]));

/** Resolves true when p settles within ms, false otherwise. */
export async function within(p, ms) {
  let timer;
  const r = await Promise.race([p.then(() => true), new Promise((res) => { timer = setTimeout(() => res(false), ms); })]);
  clearTimeout(timer);
  return r;
}
