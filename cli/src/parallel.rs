//! Work over many files: files read and checked on several threads, what they give handed
//! on in the order the files were given (so the output does not depend on the timing), and
//! a progress bar on standard error when it is a terminal.

use std::io::IsTerminal;
use std::num::NonZeroUsize;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// How many items of one file may wait before its worker waits for them to be taken.
const QUEUE: usize = 64;

/// The number of workers `--jobs` asks for (0: one per CPU).
static JOBS: AtomicUsize = AtomicUsize::new(0);

/// Sets how many files are worked on at once (0: one per CPU).
pub fn set_jobs(jobs: usize) {
    JOBS.store(jobs, Ordering::Relaxed);
}

/// How many files are worked on at once: `--jobs`, or else one per CPU.
pub fn jobs() -> usize {
    match JOBS.load(Ordering::Relaxed) {
        0 => std::thread::available_parallelism().map_or(1, NonZeroUsize::get),
        jobs => jobs,
    }
}

/// Runs `work` for each of `count` files, on up to `jobs` threads, and hands what it sends
/// to `take` on the calling thread in the order of the files: every item of file 0, then
/// `None` (file 0 is done), then file 1's, and so on. A file's items are passed on as they
/// come, so a large archive is not held whole; a worker ahead of the others waits when
/// [`QUEUE`] of its items are waiting. With one job, everything runs on the calling thread,
/// file after file.
pub fn ordered<T, W, E>(count: usize, jobs: usize, work: W, mut take: E)
where
    T: Send,
    W: Fn(usize, &mut dyn FnMut(T)) + Sync,
    E: FnMut(usize, Option<T>),
{
    let workers = jobs.min(count);
    if workers <= 1 {
        for index in 0..count {
            work(index, &mut |item| take(index, Some(item)));
            take(index, None);
        }
        return;
    }
    let (senders, receivers): (Vec<_>, Vec<_>) = (0..count)
        .map(|_| {
            let (sender, receiver) = sync_channel::<T>(QUEUE);
            (Mutex::new(Some(sender)), receiver)
        })
        .unzip();
    let next = AtomicUsize::new(0);
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| worker(&next, &senders, &work));
        }
        drain(receivers, &mut take);
    });
}

/// Takes the next file not yet taken and works on it, until there is none left. Files are
/// taken in order, so the file the calling thread waits for has always been taken.
fn worker<T, W>(next: &AtomicUsize, senders: &[Mutex<Option<SyncSender<T>>>], work: &W)
where
    W: Fn(usize, &mut dyn FnMut(T)),
{
    loop {
        let index = next.fetch_add(1, Ordering::Relaxed);
        let Some(slot) = senders.get(index) else {
            return;
        };
        let sender = slot.lock().ok().and_then(|mut s| s.take());
        if let Some(sender) = sender {
            // A send fails only when the receiver is gone: then nothing is wanted any more.
            work(index, &mut |item| {
                let _ = sender.send(item);
            });
        }
    }
}

/// Hands every item to `take`, file by file in order.
fn drain<T, E: FnMut(usize, Option<T>)>(receivers: Vec<Receiver<T>>, take: &mut E) {
    for (index, receiver) in receivers.into_iter().enumerate() {
        for item in receiver {
            take(index, Some(item));
        }
        take(index, None);
    }
}

/// A progress bar over files on standard error, drawn only when standard error is a
/// terminal, there is more than one file and `--quiet` is not given.
pub struct Progress {
    bar: Option<ProgressBar>,
}

impl Progress {
    pub fn new(files: usize, quiet: bool) -> Progress {
        let shown = files > 1 && !quiet && std::io::stderr().is_terminal();
        let bar = shown.then(|| {
            let bar = ProgressBar::with_draw_target(
                Some(u64::try_from(files).unwrap_or(u64::MAX)),
                ProgressDrawTarget::stderr(),
            );
            if let Ok(style) = ProgressStyle::with_template("{bar:40} {pos}/{len} files {elapsed}")
            {
                bar.set_style(style);
            }
            bar
        });
        Progress { bar }
    }

    /// Runs `f` (which writes to the terminal) with the bar out of the way.
    pub fn suspend<R>(&self, f: impl FnOnce() -> R) -> R {
        match &self.bar {
            Some(bar) => bar.suspend(f),
            None => f(),
        }
    }

    /// One more file done.
    pub fn file_done(&self) {
        if let Some(bar) = &self.bar {
            bar.inc(1);
        }
    }

    /// Removes the bar.
    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
