#compdef kg
# zsh completion for kg (printed by `kg completion zsh`). kg answers the [suggest:POSITION] directive with one
# candidate per line: verbs, options, and the values of options with fixed choices.
_kg() {
    local line="${(j: :)words[1,CURRENT]}"
    local -a candidates
    candidates=("${(@f)$(kg "[suggest:${#line}]" "$line" 2>/dev/null)}")
    candidates=(${candidates:#})
    # Options only once the word starts with '-': an empty word completes verbs, values or file names.
    [[ $PREFIX == -* ]] || candidates=(${candidates:#-*})
    compadd -a candidates || _files
}
if [[ $zsh_eval_context[-1] == loadautofunc ]]; then
    _kg "$@"
else
    compdef _kg kg
fi
