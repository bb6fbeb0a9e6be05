import { benchApi } from '@/bench/in-browser';

// Test build only (see wxt.config.ts): `npm run bench` drives this from Playwright.
Object.assign(globalThis, { coffeeBench: benchApi() });
