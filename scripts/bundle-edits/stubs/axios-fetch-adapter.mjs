// Stands in for axios's fetch adapter inside the bundle. axios picks its `http` adapter on Node
// before `fetch`, so the fetch adapter never runs here; but loading it touches the global `fetch`,
// which makes Node load its own undici at start (about 25 ms of every run). `false` is axios's
// word for "this adapter is not available".
export const getFetch = () => false;
export default false;
