// Stable hooks for tests of the read-back report and "About this Excel" (kept with them, beside TEST_IDS).
export const ABOUT_IDS = {
  verification: 'verification',
  difference: 'verification-difference',
  aboutLink: 'about-excel-link',
  aboutPanel: 'about-excel',
  requirementSet: 'about-requirement-set',
  copy: 'about-copy',
  copied: 'about-copied',
} as const;
