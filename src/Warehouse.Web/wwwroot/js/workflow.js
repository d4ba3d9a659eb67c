// Draws the workflow graph the page carries as Mermaid text.
mermaid.initialize({ startOnLoad: true, theme: 'neutral' });
