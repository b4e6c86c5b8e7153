import { Badge } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

const MINUTE = 60_000;

/** The Art. 33 countdown to the minute, live; past the deadline it shows how late it is. */
export const BreachClock = ({ deadline }: { deadline: string }) => {
  const { t } = useTranslation();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 15_000);
    return () => window.clearInterval(timer);
  }, []);
  const minutes = Math.trunc((new Date(deadline).getTime() - now) / MINUTE);
  const abs = Math.abs(minutes);
  const time = t('breaches.clock.time', { hours: Math.floor(abs / 60), minutes: abs % 60 });
  return minutes >= 0 ? (
    // Dark orange with white text: 4.5:1 and more (Mantine's light orange is too pale for small text).
    <Badge color="#9a3412" c="#ffffff" variant="filled" size="lg" role="timer">
      {t('breaches.clock.left', { time })}
    </Badge>
  ) : (
    <Badge color="red" variant="filled" size="lg" role="timer">
      {t('breaches.clock.overdue', { time })}
    </Badge>
  );
};
