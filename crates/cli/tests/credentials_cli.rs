//! Credentials in a source URL (issue 30, fault 10): sent with the request, stored nowhere,
//! neither in the Parquet dataset, the state, the run manifest nor the log.

mod common;

use std::fs::File;
use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use common::{reactions, Scratch};
use polars::prelude::{ParquetReader, SerReader};

const SECRET: &str = "s3cr3t-token";

/// A server on 127.0.0.1 that answers every request with an article and records the
/// Authorization header of each.
fn server() -> (u16, Arc<Mutex<Vec<String>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let authorizations = Arc::new(Mutex::new(Vec::new()));
    let log = authorizations.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut line = String::new();
            while reader.read_line(&mut line).is_ok_and(|n| n > 2) {
                if let Some(value) = line.to_ascii_lowercase().strip_prefix("authorization:") {
                    log.lock().unwrap().push(value.trim().to_string());
                }
                line.clear();
            }
            let body =
                "<!doctype html><html lang=\"en\"><head><title>Fuel</title></head><body><article>\
                        <h1>Fuel</h1><p>Readers reacted.</p><p>@kgomotso_m said:</p>\
                        <p>“Petrol at R25 is daylight robbery.”</p></article></body></html>";
            let _ = write!(
                stream,
                "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
        }
    });
    (port, authorizations)
}

fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(files_under(&path));
        } else {
            files.push(path);
        }
    }
    files
}

#[test]
fn credentials_in_a_source_url_are_sent_and_never_stored() {
    let (port, authorizations) = server();
    let scratch = Scratch::new("credentials");
    let out = scratch.path("out");
    let url = format!("http://alice:{SECRET}@127.0.0.1:{port}/news/fuel.html");
    let run = reactions(&["run", &url, "--out", &out.display().to_string()], None);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(run.status.success(), "{stderr}");
    assert!(!stderr.contains(SECRET), "{stderr}");
    assert_eq!(
        authorizations.lock().unwrap().len(),
        1,
        "the credentials are still sent"
    );

    let files = files_under(&out);
    let mut parquet = 0;
    for file in &files {
        let bytes = std::fs::read(file).unwrap();
        assert!(
            !bytes.windows(SECRET.len()).any(|w| w == SECRET.as_bytes()),
            "{} holds the credentials",
            file.display()
        );
        if file.extension().is_some_and(|e| e == "parquet") {
            let frame = ParquetReader::new(File::open(file).unwrap())
                .finish()
                .unwrap();
            for column in frame.columns() {
                if let Ok(texts) = column.str() {
                    assert!(
                        texts.iter().flatten().all(|t| !t.contains(SECRET)),
                        "{}: {}",
                        file.display(),
                        column.name()
                    );
                }
            }
            parquet += 1;
        }
    }
    assert!(parquet > 0, "{files:?}");
    let reactions_file = files
        .iter()
        .find(|f| f.parent().unwrap().parent().unwrap().ends_with("reactions"))
        .unwrap_or_else(|| panic!("no reactions in {files:?}"));
    let frame = ParquetReader::new(File::open(reactions_file).unwrap())
        .finish()
        .unwrap();
    let sources: Vec<String> = frame
        .column("source")
        .unwrap()
        .str()
        .unwrap()
        .iter()
        .flatten()
        .map(str::to_string)
        .collect();
    assert_eq!(sources, [format!("http://127.0.0.1:{port}/news/fuel.html")]);

    let collected = reactions(&["collect", &url], None);
    let stdout = String::from_utf8_lossy(&collected.stdout);
    assert!(collected.status.success());
    assert!(stdout.contains(&format!("127.0.0.1:{port}/news/fuel.html")));
    assert!(!stdout.contains(SECRET), "{stdout}");
}
