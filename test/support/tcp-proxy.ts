import { createConnection, createServer, type Socket } from 'node:net';

export type TcpProxy = {
  port: number;
  // Delay every chunk in both directions by this many milliseconds (0: none).
  setLatency: (ms: number) => void;
  // Reset every open connection and every new one until restore(): the database is "gone".
  cut: () => void;
  restore: () => void;
  close: () => Promise<void>;
};

/** A TCP proxy in front of PostgreSQL that a test can slow down or cut (node:net, no external tool). */
export const startTcpProxy = async (targetHost: string, targetPort: number): Promise<TcpProxy> => {
  let latency = 0;
  let down = false;
  const open = new Set<Socket>();
  const forward = (from: Socket, to: Socket): void => {
    from.on('data', (chunk) => {
      if (latency === 0) to.write(chunk);
      else setTimeout(() => to.writable && to.write(chunk), latency);
    });
  };
  const server = createServer((client) => {
    if (down) {
      client.resetAndDestroy();
      return;
    }
    const upstream = createConnection({ host: targetHost, port: targetPort });
    open.add(client).add(upstream);
    const drop = (): void => {
      open.delete(client);
      open.delete(upstream);
      client.destroy();
      upstream.destroy();
    };
    for (const socket of [client, upstream]) socket.on('error', drop).on('close', drop);
    forward(client, upstream);
    forward(upstream, client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    setLatency: (ms) => {
      latency = ms;
    },
    cut: () => {
      down = true;
      for (const socket of open) socket.resetAndDestroy();
      open.clear();
    },
    restore: () => {
      down = false;
    },
    close: async () => {
      for (const socket of open) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
};
