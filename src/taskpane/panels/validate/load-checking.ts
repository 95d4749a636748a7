/** The workbook checks (checking.ts), fetched once, when first used. */
export const loadChecking = () => import("./checking");
