# fish completion for quidudf, generated from its command tree ('quidudf completion fish').
# Install: quidudf completion fish > ~/.config/fish/completions/quidudf.fish

# The subcommands typed so far, as "quidudf" or "quidudf remote list".
function __quidudf_command
    set -l path quidudf
    set -l words (commandline -opc)
    set -e words[1]
    for w in $words
        switch "$path $w"
            case 'quidudf compile' 'quidudf build' 'quidudf test' 'quidudf bench' 'quidudf register' 'quidudf list' 'quidudf inspect' 'quidudf remove' 'quidudf keygen' 'quidudf sign' 'quidudf verify' 'quidudf audit' 'quidudf serve' 'quidudf remote' 'quidudf remote list' 'quidudf remote inspect' 'quidudf remote remove' 'quidudf limits' 'quidudf repl' 'quidudf init' 'quidudf doctor' 'quidudf schema' 'quidudf version' 'quidudf completion' 'quidudf help'
                set path "$path $w"
        end
    end
    echo $path
end

function __quidudf_is
    test (__quidudf_command) = "$argv"
end

# The registered UDF names ('quidudf list --names', in the registry the line names),
# for a word that does not look like a path.
function __quidudf_udf_names
    string match -qr -- '^[.~]|/' (commandline -ct); and return
    set -l words (commandline -opc)
    set -l registry
    for i in (seq (count $words))
        switch $words[$i]
            case --registry
                set registry --registry $words[(math $i + 1)]
            case '--registry=*'
                set registry --registry (string replace -- --registry= '' $words[$i])
        end
    end
    $words[1] list --names $registry 2>/dev/null
end

complete -c quidudf -f

# quidudf
complete -c quidudf -n '__quidudf_is quidudf' -a 'compile' -d 'Compile UDF source (.wat, or .py in the typed Python subset) to a .wasm module, or check a .wasm module against the host ABI.'
complete -c quidudf -n '__quidudf_is quidudf' -a 'build' -d 'Build UDF folders: run the \'build:\' command their udf.yaml names, in the folder.'
complete -c quidudf -n '__quidudf_is quidudf' -a 'test' -d 'Run UDF test specs (tests.yaml), or evaluate one UDF on one document.'
complete -c quidudf -n '__quidudf_is quidudf' -a 'bench' -d 'Measure a UDF\'s cost per document, with percentiles.'
complete -c quidudf -n '__quidudf_is quidudf' -a 'register' -d 'Validate a UDF and store it in the local registry as a new, immutable version.'
complete -c quidudf -n '__quidudf_is quidudf' -a 'list' -d 'List registered UDF versions.'
complete -c quidudf -n '__quidudf_is quidudf' -a 'inspect' -d 'Show a UDF\'s imports, exports, entry signature, size, digest and manifest.'
complete -c quidudf -n '__quidudf_is quidudf' -a 'remove' -d 'Remove one registered version (NAME@VERSION).'
complete -c quidudf -n '__quidudf_is quidudf' -a 'keygen' -d 'Create a signing key pair.'
complete -c quidudf -n '__quidudf_is quidudf' -a 'sign' -d 'Sign a module and its manifest.'
complete -c quidudf -n '__quidudf_is quidudf' -a 'verify' -d 'Verify a module\'s signatures against trusted keys.'
complete -c quidudf -n '__quidudf_is quidudf' -a 'audit' -d 'Show recent audit entries (register, remove, verify, refusals, calls).'
complete -c quidudf -n '__quidudf_is quidudf' -a 'serve' -d 'Serve the UDF API (/api/v1/udfs...), document collections and /api/v1/query over HTTP.'
complete -c quidudf -n '__quidudf_is quidudf' -a 'remote' -d 'List, inspect and remove the UDFs of a running \'quidudf serve\' over its HTTP API (register them with \'quidudf register MODULE --server URL\').'
complete -c quidudf -n '__quidudf_is quidudf' -a 'limits' -d 'Show the limits in force and where each value comes from.'
complete -c quidudf -n '__quidudf_is quidudf' -a 'repl' -d 'Evaluate a UDF interactively: set documents and parameters, call, explain, benchmark.'
complete -c quidudf -n '__quidudf_is quidudf' -a 'init' -d 'Create a new UDF folder whose tests pass straight away.'
complete -c quidudf -n '__quidudf_is quidudf' -a 'doctor' -d 'Check Java, the registry and each language toolchain; say how to install what is missing.'
complete -c quidudf -n '__quidudf_is quidudf' -a 'schema' -d 'Print the JSON Schema (draft 2020-12) of udf.yaml or tests.yaml, for editors.'
complete -c quidudf -n '__quidudf_is quidudf' -a 'version' -d 'Print the version of quidudf, Java and Chicory.'
complete -c quidudf -n '__quidudf_is quidudf' -a 'completion' -d 'Print the completion script for a shell.'
complete -c quidudf -n '__quidudf_is quidudf' -a 'help'
complete -c quidudf -n '__quidudf_is quidudf' -l 'stacktrace' -d 'On an error, print the Java cause chain as well.'
complete -c quidudf -n '__quidudf_is quidudf' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c quidudf -n '__quidudf_is quidudf' -s 'V' -l 'version' -d 'Print version information and exit.'

# quidudf compile
complete -c quidudf -n '__quidudf_is quidudf compile' -l 'registry' -r -F -d 'Registry home: ~/.quidudf, or $QUIDUDF_HOME when it is set.'
complete -c quidudf -n '__quidudf_is quidudf compile' -s 'o' -l 'output' -r -F -d 'Where to write the module (default: FILE with .wasm).'
complete -c quidudf -n '__quidudf_is quidudf compile' -l 'manifest' -r -F -d 'Manifest to check the module against; by default the udf.yaml beside FILE.'
complete -c quidudf -n '__quidudf_is quidudf compile' -l 'function' -x -d 'Entry function to check (default: the manifest\'s, else filter).'
complete -c quidudf -n '__quidudf_is quidudf compile' -l 'emit-wat' -r -F -d 'Also write the WebAssembly text generated from a .py source.'
complete -c quidudf -n '__quidudf_is quidudf compile' -l 'format' -x -a 'text json' -d 'text or json.'
complete -c quidudf -n '__quidudf_is quidudf compile' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c quidudf -n '__quidudf_is quidudf compile' -s 'V' -l 'version' -d 'Print version information and exit.'
complete -c quidudf -n '__quidudf_is quidudf compile' -l 'stacktrace' -d 'On an error, print the Java cause chain as well.'
complete -c quidudf -n '__quidudf_is quidudf compile' -F -d 'A .wat or .py source, or a .wasm module.'

# quidudf build
complete -c quidudf -n '__quidudf_is quidudf build' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c quidudf -n '__quidudf_is quidudf build' -s 'V' -l 'version' -d 'Print version information and exit.'
complete -c quidudf -n '__quidudf_is quidudf build' -l 'stacktrace' -d 'On an error, print the Java cause chain as well.'
complete -c quidudf -n '__quidudf_is quidudf build' -F -d 'UDF folders (default: the current directory).'

# quidudf test
complete -c quidudf -n '__quidudf_is quidudf test' -l 'registry' -r -F -d 'Registry home: ~/.quidudf, or $QUIDUDF_HOME when it is set.'
complete -c quidudf -n '__quidudf_is quidudf test' -l 'engine' -x -a 'compiled interpreter' -d 'compiled (default) or interpreter.'
complete -c quidudf -n '__quidudf_is quidudf test' -l 'memory-pages' -x -d 'Most 64 KiB memory pages a UDF may use (default: 256, i.e. 16 MiB).'
complete -c quidudf -n '__quidudf_is quidudf test' -l 'timeout-ms' -x -d 'Wall-clock time per call (default: 5000).'
complete -c quidudf -n '__quidudf_is quidudf test' -l 'max-log-lines' -x -d 'Log lines kept per call (default: 100).'
complete -c quidudf -n '__quidudf_is quidudf test' -l 'no-compile-cache' -d 'Do not keep compiled modules under the registry home.'
complete -c quidudf -n '__quidudf_is quidudf test' -l 'require-signature' -d 'Refuse any module without a valid signature by a key in --trust.'
complete -c quidudf -n '__quidudf_is quidudf test' -l 'trust' -r -F -d 'Directory of trusted public keys (*.pub).'
complete -c quidudf -n '__quidudf_is quidudf test' -l 'doc' -x -d 'A document to evaluate the UDF on (ad-hoc mode): JSON text, @FILE, or - for standard input.'
complete -c quidudf -n '__quidudf_is quidudf test' -l 'docs' -x -d 'Documents to evaluate the UDF on, one JSON object a line (\'-\' reads standard input); prints one result a line (ad-hoc mode).'
complete -c quidudf -n '__quidudf_is quidudf test' -s 'p' -l 'param' -x -d 'A parameter for ad-hoc mode; repeatable.'
complete -c quidudf -n '__quidudf_is quidudf test' -l 'manifest' -r -F -d 'Manifest for ad-hoc mode (default: udf.yaml beside the module).'
complete -c quidudf -n '__quidudf_is quidudf test' -l 'format' -x -a 'text json junit tap' -d 'text, json, junit or tap.'
complete -c quidudf -n '__quidudf_is quidudf test' -l 'report' -r -F -d 'Also write the report to FILE (in --format, or JSON for text).'
complete -c quidudf -n '__quidudf_is quidudf test' -s 'q' -l 'quiet' -d 'Text report: show only failing cases and the summary.'
complete -c quidudf -n '__quidudf_is quidudf test' -s 'v' -l 'verbose' -d 'Text report: show every case\'s expectation, result and logs.'
complete -c quidudf -n '__quidudf_is quidudf test' -l 'color' -x -a 'auto always never' -d 'Colour PASS and FAIL: auto (on a terminal, unless NO_COLOR is set), always or never.'
complete -c quidudf -n '__quidudf_is quidudf test' -l 'filter' -x -d 'Run only the cases whose name contains TEXT (ignoring case).'
complete -c quidudf -n '__quidudf_is quidudf test' -l 'watch' -d 'Run the specs again whenever a file below them changes (module, source, spec, udf.yaml); Ctrl-C stops.'
complete -c quidudf -n '__quidudf_is quidudf test' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c quidudf -n '__quidudf_is quidudf test' -s 'V' -l 'version' -d 'Print version information and exit.'
complete -c quidudf -n '__quidudf_is quidudf test' -l 'stacktrace' -d 'On an error, print the Java cause chain as well.'
complete -c quidudf -n '__quidudf_is quidudf test' -F -a '(__quidudf_udf_names)' -d 'Spec files, directories to search for tests.yaml, or one UDF (.wasm, .wat, name@version) with --doc.'

# quidudf bench
complete -c quidudf -n '__quidudf_is quidudf bench' -l 'registry' -r -F -d 'Registry home: ~/.quidudf, or $QUIDUDF_HOME when it is set.'
complete -c quidudf -n '__quidudf_is quidudf bench' -l 'require-signature' -d 'Refuse any module without a valid signature by a key in --trust.'
complete -c quidudf -n '__quidudf_is quidudf bench' -l 'trust' -r -F -d 'Directory of trusted public keys (*.pub).'
complete -c quidudf -n '__quidudf_is quidudf bench' -l 'docs' -r -F -d 'Documents, one JSON object per line (NDJSON).'
complete -c quidudf -n '__quidudf_is quidudf bench' -l 'generate' -x -d 'Generate N synthetic documents (default 10000 when --docs is absent).'
complete -c quidudf -n '__quidudf_is quidudf bench' -s 'p' -l 'param' -x -d 'A UDF parameter; repeatable.'
complete -c quidudf -n '__quidudf_is quidudf bench' -l 'manifest' -r -F -d 'Manifest (default: udf.yaml beside the module).'
complete -c quidudf -n '__quidudf_is quidudf bench' -l 'engine' -x -d 'compiled, interpreter or all.'
complete -c quidudf -n '__quidudf_is quidudf bench' -l 'threads' -x -d 'Threads evaluating at once (default 1).'
complete -c quidudf -n '__quidudf_is quidudf bench' -l 'warmup' -x -d 'Warm-up time, e.g. 500ms, 2s (default 2s).'
complete -c quidudf -n '__quidudf_is quidudf bench' -l 'duration' -x -d 'Measured time per engine (default 5s).'
complete -c quidudf -n '__quidudf_is quidudf bench' -l 'no-limits' -d 'Measure without the watchdog, memory clamp or concurrency bound (to see what they cost).'
complete -c quidudf -n '__quidudf_is quidudf bench' -l 'no-compile-cache' -d 'Compile afresh instead of using the cache under the registry home.'
complete -c quidudf -n '__quidudf_is quidudf bench' -l 'save-baseline' -r -F -d 'Write this run\'s results as a baseline.'
complete -c quidudf -n '__quidudf_is quidudf bench' -l 'baseline' -r -F -d 'Compare with a saved baseline.'
complete -c quidudf -n '__quidudf_is quidudf bench' -l 'fail-on-regression' -x -d 'With --baseline: exit 1 when ns/doc grows by more than PCT percent (default 10).'
complete -c quidudf -n '__quidudf_is quidudf bench' -l 'format' -x -a 'text json' -d 'text or json.'
complete -c quidudf -n '__quidudf_is quidudf bench' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c quidudf -n '__quidudf_is quidudf bench' -s 'V' -l 'version' -d 'Print version information and exit.'
complete -c quidudf -n '__quidudf_is quidudf bench' -l 'stacktrace' -d 'On an error, print the Java cause chain as well.'
complete -c quidudf -n '__quidudf_is quidudf bench' -F -a '(__quidudf_udf_names)' -d 'A .wasm, a .wat or name@version.'

# quidudf register
complete -c quidudf -n '__quidudf_is quidudf register' -l 'registry' -r -F -d 'Registry home: ~/.quidudf, or $QUIDUDF_HOME when it is set.'
complete -c quidudf -n '__quidudf_is quidudf register' -l 'engine' -x -a 'compiled interpreter' -d 'compiled (default) or interpreter.'
complete -c quidudf -n '__quidudf_is quidudf register' -l 'memory-pages' -x -d 'Most 64 KiB memory pages a UDF may use (default: 256, i.e. 16 MiB).'
complete -c quidudf -n '__quidudf_is quidudf register' -l 'timeout-ms' -x -d 'Wall-clock time per call (default: 5000).'
complete -c quidudf -n '__quidudf_is quidudf register' -l 'max-log-lines' -x -d 'Log lines kept per call (default: 100).'
complete -c quidudf -n '__quidudf_is quidudf register' -l 'no-compile-cache' -d 'Do not keep compiled modules under the registry home.'
complete -c quidudf -n '__quidudf_is quidudf register' -l 'require-signature' -d 'Refuse any module without a valid signature by a key in --trust.'
complete -c quidudf -n '__quidudf_is quidudf register' -l 'trust' -r -F -d 'Directory of trusted public keys (*.pub).'
complete -c quidudf -n '__quidudf_is quidudf register' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c quidudf -n '__quidudf_is quidudf register' -l 'manifest' -r -F -d 'The manifest (default: udf.yaml beside MODULE).'
complete -c quidudf -n '__quidudf_is quidudf register' -l 'name' -x -d 'UDF name, overriding the manifest\'s.'
complete -c quidudf -n '__quidudf_is quidudf register' -l 'version' -x -d 'Version, overriding the manifest\'s.'
complete -c quidudf -n '__quidudf_is quidudf register' -l 'description' -x -d 'Description, overriding the manifest\'s.'
complete -c quidudf -n '__quidudf_is quidudf register' -l 'category' -x -d 'Category, overriding the manifest\'s.'
complete -c quidudf -n '__quidudf_is quidudf register' -l 'author' -x -d 'Author, overriding the manifest\'s.'
complete -c quidudf -n '__quidudf_is quidudf register' -l 'function' -x -d 'Entry function, overriding the manifest\'s.'
complete -c quidudf -n '__quidudf_is quidudf register' -l 'tag' -x -d 'A tag; repeatable; replaces the manifest\'s tags.'
complete -c quidudf -n '__quidudf_is quidudf register' -l 'format' -x -a 'text json' -d 'text or json.'
complete -c quidudf -n '__quidudf_is quidudf register' -l 'server' -x -d 'Push to a running \'quidudf serve\' instead of the local registry.'
complete -c quidudf -n '__quidudf_is quidudf register' -l 'token' -x -d 'Token for --server (default: $QUIDUDF_TOKEN).'
complete -c quidudf -n '__quidudf_is quidudf register' -l 'opensearch' -x -d 'Store the UDF in an OpenSearch cluster with the quidudf-wasm plugin, as the stored script SCRIPT-ID (lang wasm); user:password@ in the URL is sent as basic auth.'
complete -c quidudf -n '__quidudf_is quidudf register' -l 'script-id' -x -d 'The stored script\'s id with --opensearch (default: the UDF\'s name).'
complete -c quidudf -n '__quidudf_is quidudf register' -l 'stacktrace' -d 'On an error, print the Java cause chain as well.'
complete -c quidudf -n '__quidudf_is quidudf register' -F -d 'A .wasm module or a .wat source.'

# quidudf list
complete -c quidudf -n '__quidudf_is quidudf list' -l 'registry' -r -F -d 'Registry home: ~/.quidudf, or $QUIDUDF_HOME when it is set.'
complete -c quidudf -n '__quidudf_is quidudf list' -l 'name' -x -d 'Only this UDF.'
complete -c quidudf -n '__quidudf_is quidudf list' -l 'category' -x -d 'Only this category.'
complete -c quidudf -n '__quidudf_is quidudf list' -l 'tag' -x -d 'Only UDFs with this tag.'
complete -c quidudf -n '__quidudf_is quidudf list' -l 'author' -x -d 'Only UDFs by this author.'
complete -c quidudf -n '__quidudf_is quidudf list' -l 'format' -x -a 'text json' -d 'text or json.'
complete -c quidudf -n '__quidudf_is quidudf list' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c quidudf -n '__quidudf_is quidudf list' -s 'V' -l 'version' -d 'Print version information and exit.'
complete -c quidudf -n '__quidudf_is quidudf list' -l 'stacktrace' -d 'On an error, print the Java cause chain as well.'

# quidudf inspect
complete -c quidudf -n '__quidudf_is quidudf inspect' -l 'registry' -r -F -d 'Registry home: ~/.quidudf, or $QUIDUDF_HOME when it is set.'
complete -c quidudf -n '__quidudf_is quidudf inspect' -l 'engine' -x -a 'compiled interpreter' -d 'compiled (default) or interpreter.'
complete -c quidudf -n '__quidudf_is quidudf inspect' -l 'memory-pages' -x -d 'Most 64 KiB memory pages a UDF may use (default: 256, i.e. 16 MiB).'
complete -c quidudf -n '__quidudf_is quidudf inspect' -l 'timeout-ms' -x -d 'Wall-clock time per call (default: 5000).'
complete -c quidudf -n '__quidudf_is quidudf inspect' -l 'max-log-lines' -x -d 'Log lines kept per call (default: 100).'
complete -c quidudf -n '__quidudf_is quidudf inspect' -l 'no-compile-cache' -d 'Do not keep compiled modules under the registry home.'
complete -c quidudf -n '__quidudf_is quidudf inspect' -l 'format' -x -a 'text json' -d 'text or json.'
complete -c quidudf -n '__quidudf_is quidudf inspect' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c quidudf -n '__quidudf_is quidudf inspect' -s 'V' -l 'version' -d 'Print version information and exit.'
complete -c quidudf -n '__quidudf_is quidudf inspect' -l 'stacktrace' -d 'On an error, print the Java cause chain as well.'
complete -c quidudf -n '__quidudf_is quidudf inspect' -F -a '(__quidudf_udf_names)' -d 'A registered UDF or a module file.'

# quidudf remove
complete -c quidudf -n '__quidudf_is quidudf remove' -l 'registry' -r -F -d 'Registry home: ~/.quidudf, or $QUIDUDF_HOME when it is set.'
complete -c quidudf -n '__quidudf_is quidudf remove' -l 'format' -x -a 'text json' -d 'text or json.'
complete -c quidudf -n '__quidudf_is quidudf remove' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c quidudf -n '__quidudf_is quidudf remove' -s 'V' -l 'version' -d 'Print version information and exit.'
complete -c quidudf -n '__quidudf_is quidudf remove' -l 'stacktrace' -d 'On an error, print the Java cause chain as well.'
complete -c quidudf -n '__quidudf_is quidudf remove' -F -a '(__quidudf_udf_names)' -d 'The version to remove.'

# quidudf keygen
complete -c quidudf -n '__quidudf_is quidudf keygen' -l 'out' -r -F -d 'Directory for the key files.'
complete -c quidudf -n '__quidudf_is quidudf keygen' -l 'alg' -x -d 'ed25519 (default) or ecdsa-p256.'
complete -c quidudf -n '__quidudf_is quidudf keygen' -l 'name' -x -d 'Base name of the files (default quidudf).'
complete -c quidudf -n '__quidudf_is quidudf keygen' -l 'passphrase-file' -r -F -d 'Encrypt the private key with the passphrase on FILE\'s first line.'
complete -c quidudf -n '__quidudf_is quidudf keygen' -l 'force' -d 'Replace existing key files.'
complete -c quidudf -n '__quidudf_is quidudf keygen' -l 'format' -x -a 'text json' -d 'text or json.'
complete -c quidudf -n '__quidudf_is quidudf keygen' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c quidudf -n '__quidudf_is quidudf keygen' -s 'V' -l 'version' -d 'Print version information and exit.'
complete -c quidudf -n '__quidudf_is quidudf keygen' -l 'stacktrace' -d 'On an error, print the Java cause chain as well.'

# quidudf sign
complete -c quidudf -n '__quidudf_is quidudf sign' -l 'key' -r -F -d 'The private key.'
complete -c quidudf -n '__quidudf_is quidudf sign' -l 'passphrase-file' -r -F -d 'Passphrase of an encrypted key.'
complete -c quidudf -n '__quidudf_is quidudf sign' -s 'o' -l 'output' -r -F -d 'Where to write the signed module (default: in place).'
complete -c quidudf -n '__quidudf_is quidudf sign' -l 'manifest' -r -F -d 'The manifest to sign with the module; by default the udf.yaml beside it.'
complete -c quidudf -n '__quidudf_is quidudf sign' -l 'no-manifest' -d 'Sign the module alone, for running it bare (without a udf.yaml).'
complete -c quidudf -n '__quidudf_is quidudf sign' -l 'detached' -d 'Write the signature to MODULE.sig instead of into the module.'
complete -c quidudf -n '__quidudf_is quidudf sign' -l 'format' -x -a 'text json' -d 'text or json.'
complete -c quidudf -n '__quidudf_is quidudf sign' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c quidudf -n '__quidudf_is quidudf sign' -s 'V' -l 'version' -d 'Print version information and exit.'
complete -c quidudf -n '__quidudf_is quidudf sign' -l 'stacktrace' -d 'On an error, print the Java cause chain as well.'
complete -c quidudf -n '__quidudf_is quidudf sign' -F -d 'The .wasm module.'

# quidudf verify
complete -c quidudf -n '__quidudf_is quidudf verify' -l 'registry' -r -F -d 'Registry home: ~/.quidudf, or $QUIDUDF_HOME when it is set.'
complete -c quidudf -n '__quidudf_is quidudf verify' -l 'key' -r -F -d 'Trust exactly this public key.'
complete -c quidudf -n '__quidudf_is quidudf verify' -l 'trust' -r -F -d 'Trust every public key in DIR.'
complete -c quidudf -n '__quidudf_is quidudf verify' -l 'sig' -r -F -d 'A detached signature file (default: MODULE.sig when it exists).'
complete -c quidudf -n '__quidudf_is quidudf verify' -l 'manifest' -r -F -d 'The manifest it runs under: udf.yaml beside the module by default.'
complete -c quidudf -n '__quidudf_is quidudf verify' -l 'no-manifest' -d 'Verify the module alone, as it runs bare (without a udf.yaml).'
complete -c quidudf -n '__quidudf_is quidudf verify' -l 'format' -x -a 'text json' -d 'text or json.'
complete -c quidudf -n '__quidudf_is quidudf verify' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c quidudf -n '__quidudf_is quidudf verify' -s 'V' -l 'version' -d 'Print version information and exit.'
complete -c quidudf -n '__quidudf_is quidudf verify' -l 'stacktrace' -d 'On an error, print the Java cause chain as well.'
complete -c quidudf -n '__quidudf_is quidudf verify' -F -d 'The .wasm module.'

# quidudf audit
complete -c quidudf -n '__quidudf_is quidudf audit' -l 'registry' -r -F -d 'Registry home: ~/.quidudf, or $QUIDUDF_HOME when it is set.'
complete -c quidudf -n '__quidudf_is quidudf audit' -l 'udf' -x -d 'Only entries of this UDF.'
complete -c quidudf -n '__quidudf_is quidudf audit' -l 'limit' -x -d 'Most entries to show (default 50).'
complete -c quidudf -n '__quidudf_is quidudf audit' -l 'format' -x -a 'text json' -d 'text or json.'
complete -c quidudf -n '__quidudf_is quidudf audit' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c quidudf -n '__quidudf_is quidudf audit' -s 'V' -l 'version' -d 'Print version information and exit.'
complete -c quidudf -n '__quidudf_is quidudf audit' -l 'stacktrace' -d 'On an error, print the Java cause chain as well.'

# quidudf serve
complete -c quidudf -n '__quidudf_is quidudf serve' -l 'registry' -r -F -d 'Registry home: ~/.quidudf, or $QUIDUDF_HOME when it is set.'
complete -c quidudf -n '__quidudf_is quidudf serve' -l 'engine' -x -a 'compiled interpreter' -d 'compiled (default) or interpreter.'
complete -c quidudf -n '__quidudf_is quidudf serve' -l 'memory-pages' -x -d 'Most 64 KiB memory pages a UDF may use (default: 256, i.e. 16 MiB).'
complete -c quidudf -n '__quidudf_is quidudf serve' -l 'timeout-ms' -x -d 'Wall-clock time per call (default: 5000).'
complete -c quidudf -n '__quidudf_is quidudf serve' -l 'max-log-lines' -x -d 'Log lines kept per call (default: 100).'
complete -c quidudf -n '__quidudf_is quidudf serve' -l 'no-compile-cache' -d 'Do not keep compiled modules under the registry home.'
complete -c quidudf -n '__quidudf_is quidudf serve' -l 'require-signature' -d 'Refuse any module without a valid signature by a key in --trust.'
complete -c quidudf -n '__quidudf_is quidudf serve' -l 'trust' -r -F -d 'Directory of trusted public keys (*.pub).'
complete -c quidudf -n '__quidudf_is quidudf serve' -l 'host' -x -d 'Address to bind (default 127.0.0.1).'
complete -c quidudf -n '__quidudf_is quidudf serve' -l 'port' -x -d 'Port; 0 picks a free one (default 8080).'
complete -c quidudf -n '__quidudf_is quidudf serve' -l 'token' -x -d 'Require \'Authorization: Bearer TOKEN\' on calls that change anything.'
complete -c quidudf -n '__quidudf_is quidudf serve' -l 'docs' -r -F -d 'Preload documents; the index is named after the file.'
complete -c quidudf -n '__quidudf_is quidudf serve' -l 'max-body' -x -d 'Largest request body and module (default 10 MiB).'
complete -c quidudf -n '__quidudf_is quidudf serve' -l 'max-concurrent' -x -d 'UDF executions at once (default 4 per core).'
complete -c quidudf -n '__quidudf_is quidudf serve' -l 'drain' -x -d 'On SIGTERM, wait this long for in-flight requests (default 10).'
complete -c quidudf -n '__quidudf_is quidudf serve' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c quidudf -n '__quidudf_is quidudf serve' -s 'V' -l 'version' -d 'Print version information and exit.'
complete -c quidudf -n '__quidudf_is quidudf serve' -l 'stacktrace' -d 'On an error, print the Java cause chain as well.'

# quidudf remote
complete -c quidudf -n '__quidudf_is quidudf remote' -a 'list' -d 'List the UDF versions a running server holds.'
complete -c quidudf -n '__quidudf_is quidudf remote' -a 'inspect' -d 'Show a UDF on a running server: entry, size, digest, versions and manifest.'
complete -c quidudf -n '__quidudf_is quidudf remote' -a 'remove' -d 'Remove one version (NAME@VERSION) from a running server.'
complete -c quidudf -n '__quidudf_is quidudf remote' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c quidudf -n '__quidudf_is quidudf remote' -s 'V' -l 'version' -d 'Print version information and exit.'
complete -c quidudf -n '__quidudf_is quidudf remote' -l 'stacktrace' -d 'On an error, print the Java cause chain as well.'

# quidudf remote list
complete -c quidudf -n '__quidudf_is quidudf remote list' -l 'server' -x -d 'A running \'quidudf serve\' (http://HOST:PORT).'
complete -c quidudf -n '__quidudf_is quidudf remote list' -l 'token' -x -d 'Token for a call that changes the server (default: $QUIDUDF_TOKEN).'
complete -c quidudf -n '__quidudf_is quidudf remote list' -l 'name' -x -d 'Only this UDF.'
complete -c quidudf -n '__quidudf_is quidudf remote list' -l 'category' -x -d 'Only this category.'
complete -c quidudf -n '__quidudf_is quidudf remote list' -l 'tag' -x -d 'Only UDFs with this tag.'
complete -c quidudf -n '__quidudf_is quidudf remote list' -l 'author' -x -d 'Only UDFs by this author.'
complete -c quidudf -n '__quidudf_is quidudf remote list' -l 'format' -x -a 'text json' -d 'text or json.'
complete -c quidudf -n '__quidudf_is quidudf remote list' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c quidudf -n '__quidudf_is quidudf remote list' -s 'V' -l 'version' -d 'Print version information and exit.'
complete -c quidudf -n '__quidudf_is quidudf remote list' -l 'stacktrace' -d 'On an error, print the Java cause chain as well.'

# quidudf remote inspect
complete -c quidudf -n '__quidudf_is quidudf remote inspect' -l 'server' -x -d 'A running \'quidudf serve\' (http://HOST:PORT).'
complete -c quidudf -n '__quidudf_is quidudf remote inspect' -l 'token' -x -d 'Token for a call that changes the server (default: $QUIDUDF_TOKEN).'
complete -c quidudf -n '__quidudf_is quidudf remote inspect' -l 'format' -x -a 'text json' -d 'text or json.'
complete -c quidudf -n '__quidudf_is quidudf remote inspect' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c quidudf -n '__quidudf_is quidudf remote inspect' -s 'V' -l 'version' -d 'Print version information and exit.'
complete -c quidudf -n '__quidudf_is quidudf remote inspect' -l 'stacktrace' -d 'On an error, print the Java cause chain as well.'

# quidudf remote remove
complete -c quidudf -n '__quidudf_is quidudf remote remove' -l 'server' -x -d 'A running \'quidudf serve\' (http://HOST:PORT).'
complete -c quidudf -n '__quidudf_is quidudf remote remove' -l 'token' -x -d 'Token for a call that changes the server (default: $QUIDUDF_TOKEN).'
complete -c quidudf -n '__quidudf_is quidudf remote remove' -l 'format' -x -a 'text json' -d 'text or json.'
complete -c quidudf -n '__quidudf_is quidudf remote remove' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c quidudf -n '__quidudf_is quidudf remote remove' -s 'V' -l 'version' -d 'Print version information and exit.'
complete -c quidudf -n '__quidudf_is quidudf remote remove' -l 'stacktrace' -d 'On an error, print the Java cause chain as well.'

# quidudf limits
complete -c quidudf -n '__quidudf_is quidudf limits' -l 'registry' -r -F -d 'Registry home: ~/.quidudf, or $QUIDUDF_HOME when it is set.'
complete -c quidudf -n '__quidudf_is quidudf limits' -l 'require-signature' -d 'Refuse any module without a valid signature by a key in --trust.'
complete -c quidudf -n '__quidudf_is quidudf limits' -l 'trust' -r -F -d 'Directory of trusted public keys (*.pub).'
complete -c quidudf -n '__quidudf_is quidudf limits' -l 'engine' -x -a 'compiled interpreter' -d 'compiled (default) or interpreter.'
complete -c quidudf -n '__quidudf_is quidudf limits' -l 'memory-pages' -x -d 'Most 64 KiB memory pages a UDF may use (default: 256, i.e. 16 MiB).'
complete -c quidudf -n '__quidudf_is quidudf limits' -l 'timeout-ms' -x -d 'Wall-clock time per call (default: 5000).'
complete -c quidudf -n '__quidudf_is quidudf limits' -l 'max-log-lines' -x -d 'Log lines kept per call (default: 100).'
complete -c quidudf -n '__quidudf_is quidudf limits' -l 'no-compile-cache' -d 'Do not keep compiled modules under the registry home.'
complete -c quidudf -n '__quidudf_is quidudf limits' -l 'format' -x -a 'text json' -d 'text or json.'
complete -c quidudf -n '__quidudf_is quidudf limits' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c quidudf -n '__quidudf_is quidudf limits' -s 'V' -l 'version' -d 'Print version information and exit.'
complete -c quidudf -n '__quidudf_is quidudf limits' -l 'stacktrace' -d 'On an error, print the Java cause chain as well.'
complete -c quidudf -n '__quidudf_is quidudf limits' -F -a '(__quidudf_udf_names)' -d 'Also apply this UDF\'s manifest (.wasm, .wat or name@version).'

# quidudf repl
complete -c quidudf -n '__quidudf_is quidudf repl' -l 'registry' -r -F -d 'Registry home: ~/.quidudf, or $QUIDUDF_HOME when it is set.'
complete -c quidudf -n '__quidudf_is quidudf repl' -l 'require-signature' -d 'Refuse any module without a valid signature by a key in --trust.'
complete -c quidudf -n '__quidudf_is quidudf repl' -l 'trust' -r -F -d 'Directory of trusted public keys (*.pub).'
complete -c quidudf -n '__quidudf_is quidudf repl' -l 'engine' -x -a 'compiled interpreter' -d 'compiled (default) or interpreter.'
complete -c quidudf -n '__quidudf_is quidudf repl' -l 'memory-pages' -x -d 'Most 64 KiB memory pages a UDF may use (default: 256, i.e. 16 MiB).'
complete -c quidudf -n '__quidudf_is quidudf repl' -l 'timeout-ms' -x -d 'Wall-clock time per call (default: 5000).'
complete -c quidudf -n '__quidudf_is quidudf repl' -l 'max-log-lines' -x -d 'Log lines kept per call (default: 100).'
complete -c quidudf -n '__quidudf_is quidudf repl' -l 'no-compile-cache' -d 'Do not keep compiled modules under the registry home.'
complete -c quidudf -n '__quidudf_is quidudf repl' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c quidudf -n '__quidudf_is quidudf repl' -s 'V' -l 'version' -d 'Print version information and exit.'
complete -c quidudf -n '__quidudf_is quidudf repl' -l 'stacktrace' -d 'On an error, print the Java cause chain as well.'
complete -c quidudf -n '__quidudf_is quidudf repl' -F -a '(__quidudf_udf_names)' -d 'A .wasm, a .wat or name@version to load first.'

# quidudf init
complete -c quidudf -n '__quidudf_is quidudf init' -l 'lang' -x -a 'wat python c rust' -d 'wat (default), python, c or rust.'
complete -c quidudf -n '__quidudf_is quidudf init' -l 'dir' -r -F -d 'Where to create it (default: ./NAME).'
complete -c quidudf -n '__quidudf_is quidudf init' -l 'format' -x -a 'text json' -d 'text or json.'
complete -c quidudf -n '__quidudf_is quidudf init' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c quidudf -n '__quidudf_is quidudf init' -s 'V' -l 'version' -d 'Print version information and exit.'
complete -c quidudf -n '__quidudf_is quidudf init' -l 'stacktrace' -d 'On an error, print the Java cause chain as well.'

# quidudf doctor
complete -c quidudf -n '__quidudf_is quidudf doctor' -l 'registry' -r -F -d 'Registry home: ~/.quidudf, or $QUIDUDF_HOME when it is set.'
complete -c quidudf -n '__quidudf_is quidudf doctor' -l 'format' -x -a 'text json' -d 'text or json.'
complete -c quidudf -n '__quidudf_is quidudf doctor' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c quidudf -n '__quidudf_is quidudf doctor' -s 'V' -l 'version' -d 'Print version information and exit.'
complete -c quidudf -n '__quidudf_is quidudf doctor' -l 'stacktrace' -d 'On an error, print the Java cause chain as well.'

# quidudf schema
complete -c quidudf -n '__quidudf_is quidudf schema' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c quidudf -n '__quidudf_is quidudf schema' -s 'V' -l 'version' -d 'Print version information and exit.'
complete -c quidudf -n '__quidudf_is quidudf schema' -l 'stacktrace' -d 'On an error, print the Java cause chain as well.'
complete -c quidudf -n '__quidudf_is quidudf schema' -a 'udf.yaml tests.yaml' -d 'udf.yaml (a manifest) or tests.yaml (a test spec).'

# quidudf version
complete -c quidudf -n '__quidudf_is quidudf version' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c quidudf -n '__quidudf_is quidudf version' -s 'V' -l 'version' -d 'Print version information and exit.'
complete -c quidudf -n '__quidudf_is quidudf version' -l 'stacktrace' -d 'On an error, print the Java cause chain as well.'

# quidudf completion
complete -c quidudf -n '__quidudf_is quidudf completion' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c quidudf -n '__quidudf_is quidudf completion' -s 'V' -l 'version' -d 'Print version information and exit.'
complete -c quidudf -n '__quidudf_is quidudf completion' -l 'stacktrace' -d 'On an error, print the Java cause chain as well.'
complete -c quidudf -n '__quidudf_is quidudf completion' -a 'bash zsh fish' -d 'bash, zsh or fish.'

# quidudf help
complete -c quidudf -n '__quidudf_is quidudf help' -s 'h' -l 'help' -d 'Show usage help for the help command and exit.'
complete -c quidudf -n '__quidudf_is quidudf help' -l 'stacktrace' -d 'On an error, print the Java cause chain as well.'
