/** The development areas the guide names as typical (see DOMAIN.md); users add their own. */
export const TYPICAL_AREAS: readonly string[] = [
  "Strategic planning, leadership and management",
  "Workforce planning",
  "Curriculum planning",
  "Teaching and learning",
  "Assessment arrangements",
  "Administration",
  "Employer engagement",
  "Information, advice and guidance",
  "Quality assurance",
  "Communication",
  "Equality and diversity",
  "Arrangements with higher education",
  "Facilities",
  "Transport",
];
