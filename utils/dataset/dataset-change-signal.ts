/**
 * The `storage.local` key the background bumps after installing a dataset.
 * Content scripts watch it (storage.onChanged reaches every tab and frame
 * without the background having to know them) and rescan with the new data.
 */
export const DATASET_HASH_KEY = 'installedDatasetHash';
