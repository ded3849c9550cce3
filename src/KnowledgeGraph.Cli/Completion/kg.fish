# fish completion for kg (printed by `kg completion fish`). kg answers the [suggest:POSITION] directive with one
# candidate per line: verbs, options, and the values of options with fixed choices.
function __kg_complete
    set -l line (commandline -cp)
    set -l word (commandline -ct)
    set -l candidates (kg "[suggest:"(string length -- "$line")"]" "$line" 2>/dev/null)
    # Options only once the word starts with '-': an empty word completes verbs, values or file names.
    if not string match -q -- '-*' "$word"
        set candidates (string match -v -- '-*' $candidates)
    end
    set candidates (string match -- "$word*" $candidates)
    if test (count $candidates) -gt 0
        printf '%s\n' $candidates
    else
        __fish_complete_path "$word"
    end
end
complete -c kg -f -a '(__kg_complete)'
