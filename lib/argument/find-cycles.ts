/**
 * The cycles of a directed graph given as `successors` (node → the nodes it
 * points to): one cycle per strongly connected component that has one — a
 * component of two or more nodes, or one node pointing to itself — as the
 * shortest cycle through the component's earliest node in `order`, listed
 * from that node on (the first node is not repeated at the end).
 *
 * Tarjan's algorithm, iterative so a 5,000-node chain does not overflow the
 * stack; then one breadth-first search per component. O(nodes + edges).
 * Components come out in the order of their earliest node.
 */
export function findCycles(order: readonly string[], successors: ReadonlyMap<string, readonly string[]>): string[][] {
  const rank = new Map(order.map((id, i) => [id, i]));
  // Stryker disable next-line ArrayDeclaration: equivalent, a made-up successor is not in `order` and is filtered out.
  const next = (id: string) => (successors.get(id) ?? []).filter((to) => rank.has(to));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  // Stryker disable next-line ArrayDeclaration: equivalent, each component is popped down to its root, never below.
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;

  for (const root of order) {
    if (index.has(root)) continue;
    // Each frame: a node and how many of its successors were visited.
    const frames: { id: string; edges: string[]; at: number }[] = [];
    const open = (id: string) => {
      index.set(id, counter);
      low.set(id, counter);
      counter++;
      stack.push(id);
      onStack.add(id);
      frames.push({ id, edges: next(id), at: 0 });
    };
    open(root);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1];
      // Stryker disable next-line EqualityOperator: equivalent, `<=` visits an `undefined` node that has no edges and forms no cycle.
      if (frame.at < frame.edges.length) {
        const to = frame.edges[frame.at++];
        if (!index.has(to)) open(to);
        else if (onStack.has(to)) low.set(frame.id, Math.min(low.get(frame.id)!, index.get(to)!));
        continue;
      }
      frames.pop();
      if (frames.length > 0) {
        const parent = frames[frames.length - 1].id;
        low.set(parent, Math.min(low.get(parent)!, low.get(frame.id)!));
      }
      if (low.get(frame.id) !== index.get(frame.id)) continue;
      const component: string[] = [];
      let id: string;
      do {
        id = stack.pop()!;
        onStack.delete(id);
        component.push(id);
      } while (id !== frame.id);
      components.push(component);
    }
  }

  const cycles: string[][] = [];
  for (const component of components) {
    const members = new Set(component);
    // Stryker disable next-line EqualityOperator: equivalent, two nodes of a component never share a rank.
    const start = component.reduce((a, b) => (rank.get(a)! <= rank.get(b)! ? a : b));
    if (component.length === 1 && !next(start).includes(start)) continue;
    // Keeping the search inside the component only saves work: no node outside it leads back to `start`.
    // Stryker disable next-line MethodExpression: equivalent, see above.
    cycles.push(shortestCycle(start, (id) => next(id).filter((to) => members.has(to))));
  }
  return cycles.sort((a, b) => rank.get(a[0])! - rank.get(b[0])!);
}

/** The shortest path from `start` back to itself, as the nodes before the return. */
function shortestCycle(start: string, next: (id: string) => string[]): string[] {
  const parent = new Map<string, string>();
  const queue = [start];
  // Stryker disable next-line EqualityOperator: equivalent, the queue never runs dry in a strongly connected component.
  for (let head = 0; head < queue.length; head++) {
    const id = queue[head];
    for (const to of next(id)) {
      if (to === start) {
        const path = [id];
        while (path[0] !== start) path.unshift(parent.get(path[0])!);
        return path;
      }
      if (parent.has(to)) continue;
      parent.set(to, id);
      queue.push(to);
    }
  }
  // Stryker disable next-line ArrayDeclaration: unreachable for a strongly connected component.
  return [start];
}
