export { type InferredTheme, type InferSdgsOptions, inferSdgs } from './infer-sdgs.ts';
export { SDG_NUMBERS, sdgName, sdgSchema, themeTagSchema } from './sdg.ts';
