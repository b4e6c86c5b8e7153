import { Foundation1763892000000 } from './1763892000000-Foundation';
import { CreateIdentity1795431607245 } from './1795431607245-CreateIdentity';
import { SecureIdentity1795431607300 } from './1795431607300-SecureIdentity';

// Applied in this order; new migrations are appended by `npm run migration:generate`.
export const MIGRATIONS = [
  Foundation1763892000000,
  CreateIdentity1795431607245,
  SecureIdentity1795431607300,
];
