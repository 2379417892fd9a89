// Types of what eslint.config.js exports besides the config itself, for eslint.config.test.ts.
import type { Linter } from 'eslint';

export const FEATURES: string[];
export function featureZones(features: string[]): { target: string; from: string; message: string }[];
declare const config: Linter.Config[];
export default config;
