import { render } from 'preact';
import '@/components/ui/base.css';
import './roadmap.css';
import { RoadmapApp } from './RoadmapApp';

render(<RoadmapApp />, document.getElementById('app')!);
