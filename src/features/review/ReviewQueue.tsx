import '../../i18n/reviewMessages';
import { useId } from 'react';
import type { Product } from '../../domain/types';
import { useT } from '../../ui/useT';
import { QueueItemForm } from './QueueItemForm';
import { ReviewedList } from './ReviewedList';
import { ReviewSummary } from './ReviewSummary';
import { ReviewWeeksField } from './ReviewWeeksField';
import { useReviewData } from './useReviewData';
import './review.css';

/** The review loop (issue 17): due reviews, what was reviewed and learnt, and the summary per period. */
export function ReviewQueue({ product }: { product: Product }) {
  const t = useT();
  const id = useId();
  const data = useReviewData(product);
  return (
    <section className="review" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="review__title">
        {t('review.title', { product: product.name })}
      </h2>
      <p className="review__intro">{t('review.intro', { weeks: product.settings.reviewAfterWeeks })}</p>
      <ReviewWeeksField product={product} />
      {data === undefined ? (
        <p>{t('app.loading')}</p>
      ) : (
        <>
          <section className="review__section" aria-labelledby={`${id}-queue`}>
            <h3 id={`${id}-queue`}>{t('review.queue.heading')}</h3>
            {data.queue.length === 0 ? (
              <p className="review__empty">{t('review.queue.empty')}</p>
            ) : (
              <ul className="review__list">
                {data.queue.map((item) => (
                  <QueueItemForm key={item.requirement.id} item={item} stages={data.stages} />
                ))}
              </ul>
            )}
          </section>
          <section className="review__section" aria-labelledby={`${id}-done`}>
            <h3 id={`${id}-done`}>{t('review.done.heading')}</h3>
            <ReviewedList reviewed={data.reviewed} byId={data.byId} stages={data.stages} />
          </section>
          <ReviewSummary productName={product.name} reviewed={data.reviewed} />
        </>
      )}
    </section>
  );
}
