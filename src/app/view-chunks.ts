// The chart chunks, requested the moment the entry starts to run: main.tsx imports this module
// first, so its body runs before React and the rest of the app are evaluated (~0.1 s earlier on
// a slow machine than a request made where the views are declared).

/** The citation charts' chunk (d3-brush, d3-shape, … come with it). */
export const citationsChunk = import('../views/citations/citations-view');

/** The topic map's chunk (d3-zoom, d3-quadtree, …). */
export const topicMapChunk = import('../views/topic-map/topic-map');
