/**
 * @module
 * Reads a request body as text, bounded in size and in time, and turns every
 * way a body can go wrong into the client's fault it is: more than `maxBytes`
 * (declared or sent) is a 413, a stream that breaks off mid-way (the client
 * hung up, a proxy reset) is a 400, and a body that stops arriving — fewer
 * bytes than its Content-Length, then silence — is a 408 after `timeoutMs`,
 * never a request held open forever. None of these is a 5xx or an
 * "unhandled" log line. (hono's bodyLimit lets a stream error escape as 500.)
 */
import { refuse } from './errors';

export interface BodyReadOptions {
  maxBytes: number;
  /** From the first read to the last byte; the local server's clients could otherwise stall a request indefinitely. */
  timeoutMs: number;
}

/** How long a body may take to arrive by default: an event is at most a few KB, sent in one go. */
export const DEFAULT_BODY_TIMEOUT_MS = 10_000;

const tooLarge = (maxBytes: number) => refuse(413, { error: 'payload_too_large', message: `The body must be at most ${maxBytes} bytes.` });

export const readBoundedText = async (request: Request, { maxBytes, timeoutMs }: BodyReadOptions): Promise<string> => {
  const declared = request.headers.get('content-length');
  if (declared !== null && /^\d+$/.test(declared.trim()) && Number(declared) > maxBytes) tooLarge(maxBytes);
  if (!request.body) return '';

  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  try {
    for (;;) {
      let step: ReadableStreamReadResult<Uint8Array> | 'timeout';
      try {
        step = await Promise.race([reader.read(), deadline]);
      } catch (error) {
        return refuse(400, { error: 'body_unreadable', message: 'The body broke off before it was complete.' }, { cause: error });
      }
      if (step === 'timeout') {
        return refuse(408, { error: 'body_timeout', message: `The body did not arrive within ${Math.round(timeoutMs / 1000)} s.` }, { headers: { Connection: 'close' } });
      }
      if (step.done) break;
      size += step.value.byteLength;
      if (size > maxBytes) tooLarge(maxBytes);
      chunks.push(step.value);
    }
  } finally {
    clearTimeout(timer);
    // Stops a stalled or oversized upload; a finished stream ignores it.
    reader.cancel().catch(() => undefined);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
};
