/** Lower-case ASCII words joined by '-', accents dropped: the readable part of ids we make. */
export function slug(s: string, max = 48): string {
  return s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, max);
}
