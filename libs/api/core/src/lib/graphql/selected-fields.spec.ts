import {
  Kind,
  parse,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  type OperationDefinitionNode,
} from 'graphql';
import { selectedFields } from './selected-fields';

const infoFor = (query: string): Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'> => {
  const document = parse(query);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const fragments = Object.fromEntries(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const field = operation?.selectionSet.selections[0] as FieldNode;
  return { fieldNodes: [field], fragments };
};

describe('selectedFields', () => {
  it('collects the fields under a path, through fragments, inline fragments and aliases', () => {
    const info = infoFor(`
      query { clients(first: 5) { totalCount edges { cursor node { id ...Row ... on Client { city } label: name } } } }
      fragment Row on Client { compliance { level } consentStats { pending } ...More }
      fragment More on Client { nextReviewAt }`);
    expect([...(selectedFields(info, ['edges', 'node']) ?? [])].sort()).toEqual([
      'city',
      'compliance',
      'consentStats',
      'id',
      'name',
      'nextReviewAt',
    ]);
    expect([...(selectedFields(info, ['edges']) ?? [])].sort()).toEqual(['cursor', 'node']);
    expect([...(selectedFields(info, []) ?? [])].sort()).toEqual(['edges', 'totalCount']);
  });

  it('returns an empty set when the path is not selected, and null when a directive decides', () => {
    expect(selectedFields(infoFor('query { clients { totalCount } }'), ['edges', 'node'])).toEqual(new Set());
    expect(
      selectedFields(
        infoFor('query ($x: Boolean!) { clients { edges { node { id city @include(if: $x) } } } }'),
        ['edges', 'node'],
      ),
    ).toBeNull();
  });
});
