import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * The field names selected under `path` (e.g. ['edges', 'node']) of the current field, with fragment spreads and
 * inline fragments expanded and aliases resolved to field names. Lets a list query read only the columns asked
 * for. Returns null when a directive (@include/@skip) makes the selection depend on variables: read everything.
 */
export const selectedFields = (
  info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>,
  path: readonly string[],
): Set<string> | null => {
  let sets: SelectionSetNode[] = info.fieldNodes.flatMap((node) =>
    node.selectionSet ? [node.selectionSet] : [],
  );
  for (const step of [...path, null]) {
    const names = new Set<string>();
    const next: SelectionSetNode[] = [];
    const visit = (set: SelectionSetNode): boolean => {
      for (const selection of set.selections) {
        if (selection.directives?.length) return false;
        if (selection.kind === Kind.FIELD) {
          names.add(selection.name.value);
          if (selection.name.value === step && selection.selectionSet) next.push(selection.selectionSet);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          if (!visit(selection.selectionSet)) return false;
        } else {
          const fragment = info.fragments[selection.name.value];
          if (!fragment || !visit(fragment.selectionSet)) return false;
        }
      }
      return true;
    };
    for (const set of sets) if (!visit(set)) return null;
    if (step === null) return names;
    sets = next;
  }
  return null;
};
