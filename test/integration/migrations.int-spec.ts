import { createDataSource, pendingSchemaChanges } from '../../apps/api/src/database/data-source';
import { ownerUrl } from '../support/test-app';

describe('Migrations', () => {
  it('leave nothing for TypeORM to generate: the committed migrations match the entities', async () => {
    const sut = createDataSource({ url: ownerUrl(), poolSize: 1 });
    await sut.initialize();
    try {
      const changes = await pendingSchemaChanges(sut);
      expect(changes.upQueries.map((q) => q.query)).toEqual([]);
    } finally {
      await sut.destroy();
    }
  });
});
