# bash completion for kg (printed by `kg completion bash`). kg answers the [suggest:POSITION] directive with one
# candidate per line: verbs, options, and the values of options with fixed choices.
_kg_complete() {
    local cur="${COMP_WORDS[COMP_CWORD]}" IFS=$'\n' candidates
    candidates=$(kg "[suggest:${COMP_POINT}]" "${COMP_LINE}" 2>/dev/null) || return 0
    # Options only once the word starts with '-': an empty word completes verbs, values or file names.
    [[ $cur == -* ]] || candidates=$(printf '%s\n' $candidates | grep -v -- '^-')
    COMPREPLY=($(compgen -W "$candidates" -- "$cur"))
}
complete -o default -o bashdefault -F _kg_complete kg
