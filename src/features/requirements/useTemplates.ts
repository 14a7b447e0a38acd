import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { workspaceRepository } from '../../db/workspaceAccess';
import { templateChoices, type TemplateChoice } from '../../domain/templates/defaults';
import { useLocale } from '../../ui/useT';

/** The templates a product offers, read live: its saved ones over the translated defaults. */
export function useTemplates(productId: string): TemplateChoice[] | undefined {
  const locale = useLocale();
  const rows = useLiveQuery(() => workspaceRepository.listTemplates(productId), [productId]);
  return useMemo(() => (rows ? templateChoices(rows, locale) : undefined), [rows, locale]);
}
