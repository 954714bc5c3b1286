/** One entry of the legend drawn under the title: a node type's colour and name. */
export interface LegendEntry {
  label: string;
  color: string;
}

/** The header's colour: the app's own, so a PNG is recognisably from it. */
export const PNG_HEADER_COLOR = "#1d2f4e";

/**
 * The graph as a PNG a report can use on its own: a title band (title, what is shown, the view's
 * address and date), the legend of the node types drawn, then the graph. `graph` is Cytoscape's
 * own PNG at `scale`; everything is drawn at the same scale.
 */
export async function pngWithLegend(
  graph: Blob,
  title: string,
  subtitle: string,
  legend: LegendEntry[],
  scale = 2,
): Promise<Blob> {
  const image = await createImageBitmap(graph);
  const pad = 16 * scale;
  const header = 64 * scale;
  const itemHeight = 22 * scale;
  const width = Math.max(image.width, 900 * scale);
  const canvas = document.createElement("canvas");
  const context = canvas.getContext("2d");
  if (!context) return graph;
  context.font = `${13 * scale}px system-ui, sans-serif`;
  // Legend items flow in rows across the width.
  const rows: LegendEntry[][] = [[]];
  let x = pad;
  for (const entry of legend) {
    const itemWidth = 24 * scale + context.measureText(entry.label).width + pad;
    if (x + itemWidth > width - pad && rows.at(-1)?.length) {
      rows.push([]);
      x = pad;
    }
    rows.at(-1)?.push(entry);
    x += itemWidth;
  }
  const legendHeight = rows.length * itemHeight + pad;
  canvas.width = width;
  canvas.height = header + legendHeight + image.height;
  context.fillStyle = "#ffffff";
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.fillStyle = PNG_HEADER_COLOR;
  context.fillRect(0, 0, canvas.width, header);
  context.fillStyle = "#ffffff";
  context.font = `600 ${20 * scale}px system-ui, sans-serif`;
  context.fillText(title, pad, 28 * scale);
  context.font = `${12 * scale}px system-ui, sans-serif`;
  context.fillText(subtitle, pad, 50 * scale);
  context.font = `${13 * scale}px system-ui, sans-serif`;
  rows.forEach((row, r) => {
    let at = pad;
    const y = header + pad / 2 + r * itemHeight;
    for (const entry of row) {
      context.fillStyle = entry.color;
      context.fillRect(at, y + 4 * scale, 14 * scale, 14 * scale);
      context.fillStyle = "#1d2433";
      context.fillText(entry.label, at + 20 * scale, y + 16 * scale);
      at += 24 * scale + context.measureText(entry.label).width + pad;
    }
  });
  context.drawImage(image, Math.round((width - image.width) / 2), header + legendHeight);
  return new Promise((resolve) => canvas.toBlob((blob) => resolve(blob ?? graph), "image/png"));
}
