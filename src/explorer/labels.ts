/** How entity types and relations are named on screen ("competes_with" reads "competes with"). */

export function relationLabel(relation: string): string {
  return relation.replace(/_/g, ' ');
}

export function typeLabel(type: string): string {
  return type === 'model' ? 'AI model' : type;
}

/** "1 sentence", "3 sentences". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
