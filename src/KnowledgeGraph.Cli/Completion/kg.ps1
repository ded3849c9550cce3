# PowerShell completion for kg (printed by `kg completion pwsh`). kg answers the [suggest:POSITION] directive with
# one candidate per line: verbs, options, and the values of options with fixed choices.
Register-ArgumentCompleter -Native -CommandName kg -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)
    $line = $commandAst.Extent.Text
    $position = $cursorPosition - $commandAst.Extent.StartOffset
    if ($position -gt $line.Length) { $line = $line.PadRight($position) }
    $candidates = @(kg "[suggest:$position]" "$line" 2>$null)
    # Options only once the word starts with '-': an empty word completes verbs, values or file names.
    if (-not $wordToComplete.StartsWith('-')) { $candidates = @($candidates | Where-Object { -not $_.StartsWith('-') }) }
    $candidates | Where-Object { $_ -and $_.StartsWith($wordToComplete) } | ForEach-Object {
        [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterValue', $_)
    }
}
