// PostGraphile 5 (Amber preset) on the benchmark database, as a user would point it at Klarsicht's schema:
// connected as a member of the runtime group (row-level security applies), the firm taken from the x-tenant-id
// header into app.tenant_id for each request's transaction. Env: DATABASE_URL, PORT.
import { createServer } from 'node:http';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';

const preset = {
  extends: [PostGraphileAmberPreset],
  pgServices: [
    makePgService({
      connectionString: process.env.DATABASE_URL,
      schemas: ['public'],
      pgSettings: (requestContext) => ({
        'app.tenant_id': String(requestContext.node?.req?.headers['x-tenant-id'] ?? ''),
        'app.client_id': '',
      }),
    }),
  ],
  grafserv: { graphqlPath: '/graphql', graphiql: false },
  grafast: { explain: false },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
server.keepAliveTimeout = 65_000;
serv.addTo(server).catch((error) => {
  console.error(error);
  process.exit(1);
});
server.listen(Number(process.env.PORT), '127.0.0.1', () =>
  console.log(`PostGraphile listening on ${process.env.PORT}`),
);
