import { render } from 'preact';
import 'pdfjs-dist/web/pdf_viewer.css';
import '@/components/ui/base.css';
import '@/utils/marking/highlights.css';
import './pdf-viewer.css';
import { PdfViewerApp } from './PdfViewerApp';

render(<PdfViewerApp />, document.getElementById('app')!);
