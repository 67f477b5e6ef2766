// A seeded generator of city-size approval elections as `.pb` text, for the benches (not a
// benchmark itself: the runner only imports `*.bench.mjs`). Same seed, same bytes.

/** Mulberry32: a small seeded generator of floats in [0, 1). */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A Warsaw-style approval election: `voters` voters, `projects` projects with skewed
 * popularity, each voter approving 1–10 projects, with age, sex and voting_method columns.
 */
export function approvalElectionFile({ voters = 150_000, projects = 60, seed = 2026 } = {}) {
  const rand = random(seed);
  const ids = Array.from({ length: projects }, (_, i) => String(1000 + i * 7));
  const weight = ids.map((_, i) => 1 / (i + 1) ** 0.8);
  const totalWeight = weight.reduce((a, b) => a + b, 0);
  const costs = ids.map(() => 10_000 * (5 + Math.floor(rand() * 95)));
  const budget = Math.floor(costs.reduce((a, b) => a + b, 0) / 4);
  const approvals = new Int32Array(projects);
  const lines = [];
  const chosen = new Set();
  for (let v = 0; v < voters; v++) {
    const k = 1 + Math.floor(rand() * rand() * 10);
    chosen.clear();
    while (chosen.size < k) {
      let r = rand() * totalWeight;
      let p = 0;
      while (p < projects - 1 && r >= weight[p]) r -= weight[p++];
      chosen.add(p);
    }
    for (const p of chosen) approvals[p]++;
    const age = 16 + Math.floor(rand() * 70);
    const sex = rand() < 0.55 ? 'K' : 'M';
    const method = rand() < 0.8 ? 'internet' : 'paper';
    lines.push(`${100000 + v};${age};${sex};${method};${[...chosen].map((p) => ids[p]).join(',')}`);
  }
  const head = [
    'META',
    'key;value',
    'description;Generated approval election (seeded)',
    'country;Poland',
    'unit;Generated',
    'instance;2026',
    `num_projects;${projects}`,
    `num_votes;${voters}`,
    `budget;${budget}`,
    'vote_type;approval',
    'rule;greedy',
    'PROJECTS',
    'project_id;cost;votes;name',
    ...ids.map((id, p) => `${id};${costs[p]};${approvals[p]};"Projekt ${id}; etap ${1 + (p % 3)}"`),
    'VOTES',
    'voter_id;age;sex;voting_method;vote',
  ];
  return `${head.join('\n')}\n${lines.join('\n')}\n`;
}
