package io.homeshore.forecasting;

import java.time.LocalDate;
import java.util.List;

/**
 * What an imported history file added to a queue.
 *
 * @param rows          the file's rows for this queue that were used
 * @param intervals     15-minute intervals stored (replacing what was there for the same intervals)
 * @param firstDay      the first local day with data, in the queue's zone
 * @param lastDay       the last local day with data
 * @param days          local days with data
 * @param duplicates    rows dropped as repeats (same contact_id, or an identical interval row)
 * @param otherQueueRows rows for other queues, ignored
 * @param gaps          days between the first and last on which the queue is open but the file has no rows
 */
public record HistoryImported(long queueId, String queue, int rows, int intervals, LocalDate firstDay, LocalDate lastDay, int days,
                              int duplicates, int otherQueueRows, List<LocalDate> gaps) {}
