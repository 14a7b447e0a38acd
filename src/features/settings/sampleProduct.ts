// Generating and writing a sample product lives outside React, so it finishes
// (and the board switches to it) even if the settings dialog is closed half-way.
import { dayOf } from '../../domain/dates';
import type { Locale } from '../../i18n/translate';
import { afterNextPaint } from '../../state/afterPaint';

/** A fixed seed: the same size gives the same board, so what a user sees matches the benchmark. */
const SAMPLE_SEED = 3;

/** Generates `size` requirements and writes them as a new product; returns its id. */
export async function createSampleProduct(
  size: number,
  locale: Locale,
  onProgress: (written: number, total: number) => void,
): Promise<string> {
  // Generation holds the main thread for a moment at 10,000: let the progress bar show first.
  await afterNextPaint();
  const { sampleRepository } = await import('../../db/seedAccess');
  const data = await sampleRepository.generateSampleProduct({
    size,
    locale,
    today: dayOf(new Date()),
    seed: SAMPLE_SEED,
  });
  return sampleRepository.writeSampleProduct(data, onProgress);
}
