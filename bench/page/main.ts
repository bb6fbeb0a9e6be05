import { benchApi } from '../in-browser';

// The bench build only (built apart: bench/page-build.ts): `npm run bench` drives this from Playwright.
Object.assign(globalThis, { coffeeBench: benchApi() });
