import { terms } from '../../lib/compose/meaning';
console.log([...terms("I'm making a move of my own: what helped most when you moved from research engineer to tech education team lead?").stems]);
