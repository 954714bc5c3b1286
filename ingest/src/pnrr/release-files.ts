import path from "node:path";

/**
 * The files of the validated PNRR release as ../shared/data holds them (see its README): the
 * release, the framework file of the January release it completes, and ISTAT's municipalities.
 * One place for the benchmarks and the real-size tests that import it whole.
 */
export function validatedReleaseFiles(dataDir: string) {
  return {
    release: path.join(dataDir, "pnrr", "italia-domani-validated-2023-02"),
    framework: path.join(dataDir, "pnrr", "italia-domani-2023-01", "OpenData_PNRR_QuadroFin_Programmazione_v04.csv"),
    istat: path.join(dataDir, "istat", "istat20200101.csv"),
  };
}
