import assert from "node:assert/strict";
import { test } from "node:test";
import { ACTIONS, actionCost, ArcEagerState, projectivise } from "./arc-eager.js";

/** Following zero-cost actions from the start must rebuild a projective gold tree exactly. */
function followOracle(gold: number[]): number[] {
  const st = new ArcEagerState();
  const g = Int32Array.from(gold);
  st.init(gold.length);
  while (!st.done) {
    let chosen = -1;
    for (let a = ACTIONS - 1; a >= 0 && chosen < 0; a--) if (st.legal(a) && actionCost(st, g, a) === 0) chosen = a;
    assert.ok(chosen >= 0, "some action keeps every gold arc reachable");
    st.apply(chosen);
  }
  st.finish(new Int32Array(gold.length));
  return Array.from(st.heads.subarray(0, gold.length));
}

test("the dynamic oracle rebuilds projective trees", () => {
  const trees = [
    [1, 2, -1, 2],
    [1, 3, 3, -1, 5, 3, 3],
    [3, 2, 0, -1, 3, 4, 3],
    [-1, 0, 1, 2, 3],
    [4, 4, 4, 4, -1],
  ];
  for (const tree of trees) assert.deepEqual(followOracle(tree), tree);
});

test("the oracle recovers after a wrong action", () => {
  const gold = Int32Array.from([1, 3, 3, -1, 5, 3, 3]);
  const st = new ArcEagerState();
  st.init(gold.length);
  st.apply(0); // shift 0
  st.apply(0); // shift 1, though 0 should have gone left onto 1: one arc lost
  let lost = 0;
  while (!st.done) {
    let chosen = -1;
    for (let a = ACTIONS - 1; a >= 0 && chosen < 0; a--) if (st.legal(a) && actionCost(st, gold, a) === 0) chosen = a;
    st.apply(chosen);
  }
  st.finish(new Int32Array(gold.length));
  for (let i = 0; i < gold.length; i++) if (st.heads[i] !== gold[i]) lost++;
  assert.equal(lost, 1);
});

test("projectivising lifts crossing arcs and leaves projective trees alone", () => {
  assert.deepEqual(Array.from(projectivise([1, 2, -1, 2])), [1, 2, -1, 2]);
  // 3 → 1 crosses 0 → 2: the shorter crossing arc's dependent moves up to its grandparent.
  const lifted = Array.from(projectivise([2, 3, -1, 2]));
  assert.deepEqual(lifted, [2, 2, -1, 2]);
});
