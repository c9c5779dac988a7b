/**
 * @module
 * A fault-injection proxy for DynamoDB's JSON protocol, placed between the
 * service's HTTP client (functions/dynamo/http.ts) and a real
 * DynamoDB-compatible server (dynalite or DynamoDB Local). Each call is read
 * whole, handed to a rule that picks its fault, and then passed, delayed,
 * answered for the server, or dropped — before or after the write landed —
 * so a test suite can prove counts stay exact whatever the network does.
 *
 * The client side keeps connections alive (as DynamoDB does), so a fault can
 * hit a reused socket: the case Node's keep-alive race makes ambiguous.
 */
import { createServer, request as httpRequest, Agent, type IncomingHttpHeaders, type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { randomUUID } from 'node:crypto';
import { crc32 } from 'node:zlib';

export type Fault =
  | { kind: 'pass' }
  /** Forward now; hold the upstream answer `ms` before relaying it (the write lands, the answer is late). */
  | { kind: 'late'; ms: number }
  /** Forward; when the upstream answer has fully arrived, reset the client socket without relaying (reset after the write landed). */
  | { kind: 'lost-answer' }
  /** Reset the client socket without forwarding anything (reset before the write). */
  | { kind: 'reset-before' }
  /** Answer without forwarding, as DynamoDB does: `{"__type":"com.amazonaws.dynamodb.v20120810#<type>","message":…}`. */
  | { kind: 'refuse'; status: number; type: string; message?: string; fields?: Record<string, unknown> }
  /** Keep the request `ms` before forwarding it (a paused store); it is forwarded afterwards even if the client gave up. */
  | { kind: 'hold'; ms: number };

export interface ProxiedCall {
  /** 1-based, in the order requests arrived whole. */
  n: number;
  operation: string;
  body: unknown;
  fault: Fault['kind'];
  /** Which client connection carried the call (1-based, one per accepted socket): equal ids mean a reused keep-alive socket. */
  socketId: number;
  /** True once the call was sent on to the upstream server. */
  forwarded: boolean;
  /** The upstream server's status, once its answer arrived. */
  upstreamStatus?: number;
  /** The upstream server's answer, parsed, even where the client never received it (for capacity accounting). */
  upstreamBody?: unknown;
  /** Set when forwarding failed (upstream unreachable); the client was answered 502. */
  upstreamError?: string;
}

export interface CallInfo {
  n: number;
  operation: string;
  body: any;
  /** The proxy's seeded PRNG, for rules that pick faults at random reproducibly. */
  random: () => number;
}

export interface FaultProxy {
  /** http://127.0.0.1:<port> */
  endpoint: string;
  /** Decides each call's fault; called once per incoming request with its 1-based sequence number and parsed JSON body. Default: pass. */
  rule(decide: (call: CallInfo) => Fault): void;
  /** Stop accepting connections (and destroy open client sockets) for ms: clients see ECONNREFUSED/ECONNRESET; then listen again on the SAME port. */
  down(ms: number): Promise<void>;
  /** Log of every call seen, for assertions. */
  calls: ProxiedCall[];
  /** The seeded PRNG also handed to rules (seed from options, default 1). */
  random: () => number;
  /** Resolves when no call is being read, held, forwarded or waiting to be relayed late (so a test can read the store after late writes landed). */
  settled(): Promise<void>;
  close(): Promise<void>;
}

/** mulberry32: a tiny, fast, seeded PRNG returning floats in [0, 1). */
export const seeded = (seed: number): (() => number) => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

const TARGET_PREFIX = 'DynamoDB_20120810.';
const ERROR_PREFIX = 'com.amazonaws.dynamodb.v20120810#';
const CONTENT_TYPE = 'application/x-amz-json-1.0';
/** RFC 9110 §7.6.1 connection-specific headers, plus the legacy ones proxies also drop. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'proxy-authenticate', 'proxy-authorization', 'te', 'trailer', 'transfer-encoding', 'upgrade']);

const endToEnd = (headers: IncomingHttpHeaders): OutgoingHttpHeaders => {
  const named = new Set(
    String(headers.connection ?? '')
      .split(',')
      .map((name) => name.trim().toLowerCase())
      .filter(Boolean),
  );
  const kept: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || HOP_BY_HOP.has(name) || named.has(name)) continue;
    kept[name] = value;
  }
  return kept;
};

/** TCP RST where Node offers it (≥ 18.3), else an ordinary close. */
const reset = (socket: Socket) => {
  if (socket.destroyed) return;
  if (typeof socket.resetAndDestroy === 'function') socket.resetAndDestroy();
  else socket.destroy();
};

interface Answer {
  status: number;
  headers: OutgoingHttpHeaders;
  body: Buffer;
}

export const startFaultProxy = async (upstream: string, options: { seed?: number } = {}): Promise<FaultProxy> => {
  const target = new URL(upstream);
  const agent = new Agent({ keepAlive: true });
  const random = seeded(options.seed ?? 1);
  const calls: ProxiedCall[] = [];
  const sockets = new Map<Socket, number>();
  /** Pending waits (late relays, holds, down), each with what to run when it ends — close() runs them at once. */
  const timers = new Map<NodeJS.Timeout, () => void>();
  let decide: (call: CallInfo) => Fault = () => ({ kind: 'pass' });
  let socketCount = 0;
  let open = 0;
  let closed = false;
  let waiters: (() => void)[] = [];

  const begin = () => {
    open++;
  };
  const finish = () => {
    open--;
    if (open === 0) {
      const ready = waiters;
      waiters = [];
      for (const resolve of ready) resolve();
    }
  };
  const after = (ms: number, run: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      run();
    }, ms);
    timers.set(timer, run);
  };

  const relay = (res: ServerResponse, answer: Answer) => {
    if (res.destroyed || res.socket?.destroyed || res.writableEnded) return; // the client gave up meanwhile: drop it
    res.writeHead(answer.status, answer.headers);
    res.end(answer.body);
  };

  const forward = (req: IncomingMessage, body: Buffer, call: ProxiedCall): Promise<Answer> =>
    new Promise((resolve, reject) => {
      call.forwarded = true;
      const headers = endToEnd(req.headers);
      headers['content-length'] = String(body.length);
      const outgoing = httpRequest(
        { protocol: target.protocol, hostname: target.hostname, port: target.port || undefined, method: req.method, path: req.url, headers, agent },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('error', reject);
          response.on('end', () => {
            call.upstreamStatus = response.statusCode ?? 0;
            try {
              call.upstreamBody = JSON.parse(Buffer.concat(chunks).toString('utf8'));
            } catch {
              call.upstreamBody = undefined;
            }
            resolve({ status: response.statusCode ?? 0, headers: endToEnd(response.headers), body: Buffer.concat(chunks) });
          });
        },
      );
      outgoing.on('error', reject);
      outgoing.end(body);
    });

  const refusal = (fault: Extract<Fault, { kind: 'refuse' }>): Answer => {
    const body = Buffer.from(JSON.stringify({ __type: `${ERROR_PREFIX}${fault.type}`, message: fault.message ?? `Injected fault: ${fault.type}`, ...fault.fields }));
    return {
      status: fault.status,
      headers: { 'content-type': CONTENT_TYPE, 'content-length': String(body.length), 'x-amzn-requestid': randomUUID(), 'x-amz-crc32': String(crc32(body)) },
      body,
    };
  };

  const badGateway = (message: string): Answer => {
    const body = Buffer.from(JSON.stringify({ __type: `${ERROR_PREFIX}InternalServerError`, message: `Fault proxy could not reach upstream: ${message}` }));
    return { status: 502, headers: { 'content-type': CONTENT_TYPE, 'content-length': String(body.length) }, body };
  };

  const handle = async (req: IncomingMessage, res: ServerResponse, body: Buffer) => {
    const socket = req.socket;
    const target = String(req.headers['x-amz-target'] ?? '');
    const operation = target.startsWith(TARGET_PREFIX) ? target.slice(TARGET_PREFIX.length) : target;
    const text = body.toString('utf8');
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // Not JSON: the rule sees the raw text.
    }
    const n = calls.length + 1;
    let fault: Fault;
    try {
      fault = decide({ n, operation, body: parsed, random });
    } catch (error) {
      // A broken rule must be loud, not a silently passed call.
      calls.push({ n, operation, body: parsed, fault: 'refuse', socketId: sockets.get(socket) ?? 0, forwarded: false });
      const message = error instanceof Error ? error.message : String(error);
      relay(res, refusal({ kind: 'refuse', status: 500, type: 'InternalServerError', message: `Fault proxy rule threw: ${message}` }));
      return;
    }
    const call: ProxiedCall = { n, operation, body: parsed, fault: fault.kind, socketId: sockets.get(socket) ?? 0, forwarded: false };
    calls.push(call);

    const forwardSafely = async (): Promise<Answer | undefined> => {
      try {
        return await forward(req, body, call);
      } catch (error) {
        call.upstreamError = error instanceof Error ? error.message : String(error);
        relay(res, badGateway(call.upstreamError));
        return undefined;
      }
    };

    switch (fault.kind) {
      case 'pass': {
        const answer = await forwardSafely();
        if (answer) relay(res, answer);
        return;
      }
      case 'late': {
        const answer = await forwardSafely();
        if (!answer) return;
        begin();
        after(fault.ms, () => {
          relay(res, answer);
          finish();
        });
        return;
      }
      case 'lost-answer': {
        const answer = await forwardSafely();
        if (answer) reset(socket);
        return;
      }
      case 'reset-before':
        reset(socket);
        return;
      case 'refuse':
        relay(res, refusal(fault));
        return;
      case 'hold': {
        await new Promise<void>((resolve) => after(fault.ms, resolve));
        if (closed) return;
        const answer = await forwardSafely();
        if (answer) relay(res, answer);
        return;
      }
    }
  };

  const server = createServer({ keepAlive: true }, (req, res) => {
    begin();
    const chunks: Buffer[] = [];
    let done = false;
    const end = () => {
      if (done) return;
      done = true;
      finish();
    };
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('error', end); // the client went away mid-body: nothing to forward
    req.on('aborted', end);
    req.on('end', () => {
      handle(req, res, Buffer.concat(chunks)).finally(end);
    });
  });
  // Idle keep-alive sockets stay open well past any test's pause, so a reset comes only from a fault, never from Node's idle timer.
  server.keepAliveTimeout = 120_000;
  server.headersTimeout = 130_000;
  server.requestTimeout = 0;
  server.on('connection', (socket: Socket) => {
    sockets.set(socket, ++socketCount);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('clientError', (_error, socket) => reset(socket as Socket));

  const listen = (port: number) =>
    new Promise<void>((resolve, reject) => {
      const failed = (error: Error) => reject(error);
      server.once('error', failed);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', failed);
        resolve();
      });
    });
  const stopListening = () =>
    new Promise<void>((resolve) => {
      if (server.listening) server.close(() => resolve());
      else resolve();
      for (const socket of sockets.keys()) reset(socket);
    });

  await listen(0);
  const port = (server.address() as AddressInfo).port;

  return {
    endpoint: `http://127.0.0.1:${port}`,
    calls,
    random,
    rule(next) {
      decide = next;
    },
    async down(ms) {
      await stopListening();
      await new Promise<void>((resolve) => after(ms, resolve));
      if (!closed) await listen(port);
    },
    settled: () => (open === 0 ? Promise.resolve() : new Promise<void>((resolve) => waiters.push(resolve))),
    async close() {
      closed = true;
      const stopped = stopListening(); // resets every client socket, so what the timers would relay is dropped
      const pending = [...timers];
      timers.clear();
      for (const [timer, run] of pending) {
        clearTimeout(timer);
        run(); // a hold ends without forwarding (closed), a late answer is dropped, down() returns
      }
      await stopped;
      agent.destroy();
      open = 0;
      const ready = waiters;
      waiters = [];
      for (const resolve of ready) resolve();
    },
  };
};
